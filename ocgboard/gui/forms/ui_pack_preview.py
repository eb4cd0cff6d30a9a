# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pack_preview.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PackPreview(object):
    def setupUi(self, PackPreview):
        if not PackPreview.objectName():
            PackPreview.setObjectName(u"PackPreview")
        PackPreview.resize(900, 900)
        self.layout = QVBoxLayout(PackPreview)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.previousButton = QPushButton(PackPreview)
        self.previousButton.setObjectName(u"previousButton")

        self.toolbar.addWidget(self.previousButton)

        self.nextButton = QPushButton(PackPreview)
        self.nextButton.setObjectName(u"nextButton")

        self.toolbar.addWidget(self.nextButton)

        self.pageLabel = QLabel(PackPreview)
        self.pageLabel.setObjectName(u"pageLabel")

        self.toolbar.addWidget(self.pageLabel)

        self.page = QSpinBox(PackPreview)
        self.page.setObjectName(u"page")
        self.page.setMinimum(1)

        self.toolbar.addWidget(self.page)

        self.pageCount = QLabel(PackPreview)
        self.pageCount.setObjectName(u"pageCount")

        self.toolbar.addWidget(self.pageCount)

        self.toolbarSpacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer1)

        self.zoomOutButton = QPushButton(PackPreview)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbar.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(PackPreview)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumSize(QSize(48, 0))
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbar.addWidget(self.zoomLabel)

        self.zoomInButton = QPushButton(PackPreview)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbar.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(PackPreview)
        self.fitWidthButton.setObjectName(u"fitWidthButton")

        self.toolbar.addWidget(self.fitWidthButton)

        self.fitPageButton = QPushButton(PackPreview)
        self.fitPageButton.setObjectName(u"fitPageButton")

        self.toolbar.addWidget(self.fitPageButton)

        self.toolbarSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer2)

        self.printButton = QPushButton(PackPreview)
        self.printButton.setObjectName(u"printButton")

        self.toolbar.addWidget(self.printButton)

        self.openButton = QPushButton(PackPreview)
        self.openButton.setObjectName(u"openButton")

        self.toolbar.addWidget(self.openButton)


        self.layout.addLayout(self.toolbar)

        self.view = QPdfView(PackPreview)
        self.view.setObjectName(u"view")

        self.layout.addWidget(self.view)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.info = QLabel(PackPreview)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.footer.addWidget(self.info)

        self.buttons = QDialogButtonBox(PackPreview)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.footer.addWidget(self.buttons)

        self.footer.setStretch(0, 1)

        self.layout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.pageLabel.setBuddy(self.page)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.view, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.page)
        QWidget.setTabOrder(self.page, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitWidthButton)
        QWidget.setTabOrder(self.fitWidthButton, self.fitPageButton)
        QWidget.setTabOrder(self.fitPageButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.openButton)

        self.retranslateUi(PackPreview)
    # setupUi

    def retranslateUi(self, PackPreview):
        PackPreview.setWindowTitle(QCoreApplication.translate("PackPreview", u"Meeting pack", None))
        self.previousButton.setText(QCoreApplication.translate("PackPreview", u"&Previous", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("PackPreview", u"Previous page (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("PackPreview", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("PackPreview", u"&Next", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PackPreview", u"Next page (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("PackPreview", u"Next page", None))
#endif // QT_CONFIG(accessibility)
        self.pageLabel.setText(QCoreApplication.translate("PackPreview", u"Pa&ge", None))
#if QT_CONFIG(accessibility)
        self.page.setAccessibleName(QCoreApplication.translate("PackPreview", u"Page number", None))
#endif // QT_CONFIG(accessibility)
        self.pageCount.setText("")
#if QT_CONFIG(accessibility)
        self.pageCount.setAccessibleName(QCoreApplication.translate("PackPreview", u"Number of pages", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOutButton.setText(QCoreApplication.translate("PackPreview", u"Zoom &out", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PackPreview", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("PackPreview", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
        self.zoomLabel.setText("")
#if QT_CONFIG(accessibility)
        self.zoomLabel.setAccessibleName(QCoreApplication.translate("PackPreview", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("PackPreview", u"Zoom &in", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PackPreview", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("PackPreview", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.fitWidthButton.setText(QCoreApplication.translate("PackPreview", u"Fit &width", None))
#if QT_CONFIG(accessibility)
        self.fitWidthButton.setAccessibleName(QCoreApplication.translate("PackPreview", u"Fit the page width", None))
#endif // QT_CONFIG(accessibility)
        self.fitPageButton.setText(QCoreApplication.translate("PackPreview", u"W&hole page", None))
#if QT_CONFIG(accessibility)
        self.fitPageButton.setAccessibleName(QCoreApplication.translate("PackPreview", u"Show the whole page", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PackPreview", u"P&rint\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PackPreview", u"Print the pack (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("PackPreview", u"Print the pack", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("PackPreview", u"Open in &viewer", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PackPreview", u"Open the PDF in the system's PDF viewer", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("PackPreview", u"Open in the system viewer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("PackPreview", u"Pack pages", None))
#endif // QT_CONFIG(accessibility)
        self.info.setText("")
#if QT_CONFIG(accessibility)
        self.info.setAccessibleName(QCoreApplication.translate("PackPreview", u"The pack file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

