# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PrintDialog(object):
    def setupUi(self, PrintDialog):
        if not PrintDialog.objectName():
            PrintDialog.setObjectName(u"PrintDialog")
        PrintDialog.resize(520, 300)
        self.layout = QVBoxLayout(PrintDialog)
        self.layout.setObjectName(u"layout")
        self.about = QLabel(PrintDialog)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)

        self.layout.addWidget(self.about)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.printerLabel = QLabel(PrintDialog)
        self.printerLabel.setObjectName(u"printerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printer = QComboBox(PrintDialog)
        self.printer.setObjectName(u"printer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printer)

        self.orientationLabel = QLabel(PrintDialog)
        self.orientationLabel.setObjectName(u"orientationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orientationLabel)

        self.orientation = QLabel(PrintDialog)
        self.orientation.setObjectName(u"orientation")
        self.orientation.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orientation)

        self.pagesLabel = QLabel(PrintDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pagesLabel)

        self.pages = QLineEdit(PrintDialog)
        self.pages.setObjectName(u"pages")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pages)

        self.copiesLabel = QLabel(PrintDialog)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copies = QSpinBox(PrintDialog)
        self.copies.setObjectName(u"copies")
        self.copies.setMinimum(1)
        self.copies.setMaximum(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.copies)

        self.duplex = QCheckBox(PrintDialog)
        self.duplex.setObjectName(u"duplex")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.duplex)


        self.layout.addLayout(self.form)

        self.problem = QLabel(PrintDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setVisible(False)
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(PrintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.printerLabel.setBuddy(self.printer)
        self.pagesLabel.setBuddy(self.pages)
        self.copiesLabel.setBuddy(self.copies)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.printer, self.pages)
        QWidget.setTabOrder(self.pages, self.copies)
        QWidget.setTabOrder(self.copies, self.duplex)

        self.retranslateUi(PrintDialog)
    # setupUi

    def retranslateUi(self, PrintDialog):
        PrintDialog.setWindowTitle(QCoreApplication.translate("PrintDialog", u"Print the meeting pack", None))
        self.about.setText(QCoreApplication.translate("PrintDialog", u"The PDF itself goes to the printer: text stays text, every page at its own size (100 %), never shrunk into the printer's margins.", None))
#if QT_CONFIG(accessibility)
        self.about.setAccessibleName(QCoreApplication.translate("PrintDialog", u"How the pack is printed", None))
#endif // QT_CONFIG(accessibility)
        self.printerLabel.setText(QCoreApplication.translate("PrintDialog", u"Prin&ter:", None))
#if QT_CONFIG(accessibility)
        self.printer.setAccessibleName(QCoreApplication.translate("PrintDialog", u"Printer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.printer.setToolTip(QCoreApplication.translate("PrintDialog", u"The printer queues this computer knows (CUPS); the default one is chosen first", None))
#endif // QT_CONFIG(tooltip)
        self.orientationLabel.setText(QCoreApplication.translate("PrintDialog", u"Pages:", None))
        self.orientation.setText("")
#if QT_CONFIG(accessibility)
        self.orientation.setAccessibleName(QCoreApplication.translate("PrintDialog", u"Orientation and paper size", None))
#endif // QT_CONFIG(accessibility)
        self.pagesLabel.setText(QCoreApplication.translate("PrintDialog", u"P&rint pages:", None))
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("PrintDialog", u"Pages to print", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pages.setToolTip(QCoreApplication.translate("PrintDialog", u"Leave empty for every page, or give pages and ranges such as 1-3,7", None))
#endif // QT_CONFIG(tooltip)
        self.copiesLabel.setText(QCoreApplication.translate("PrintDialog", u"&Copies:", None))
#if QT_CONFIG(accessibility)
        self.copies.setAccessibleName(QCoreApplication.translate("PrintDialog", u"Number of copies", None))
#endif // QT_CONFIG(accessibility)
        self.duplex.setText(QCoreApplication.translate("PrintDialog", u"Print on &both sides", None))
#if QT_CONFIG(accessibility)
        self.duplex.setAccessibleName(QCoreApplication.translate("PrintDialog", u"Print on both sides", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("PrintDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

