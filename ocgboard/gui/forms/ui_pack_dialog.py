# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pack_dialog.ui'
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
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PackDialog(object):
    def setupUi(self, PackDialog):
        if not PackDialog.objectName():
            PackDialog.setObjectName(u"PackDialog")
        PackDialog.resize(580, 380)
        self.layout = QVBoxLayout(PackDialog)
        self.layout.setObjectName(u"layout")
        self.meetingLabel = QLabel(PackDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setWordWrap(True)

        self.layout.addWidget(self.meetingLabel)

        self.variantBox = QGroupBox(PackDialog)
        self.variantBox.setObjectName(u"variantBox")
        self.variantLayout = QGridLayout(self.variantBox)
        self.variantLayout.setObjectName(u"variantLayout")
        self.chairPack = QRadioButton(self.variantBox)
        self.chairPack.setObjectName(u"chairPack")
        self.chairPack.setChecked(True)

        self.variantLayout.addWidget(self.chairPack, 0, 0, 1, 2)

        self.partnerPack = QRadioButton(self.variantBox)
        self.partnerPack.setObjectName(u"partnerPack")

        self.variantLayout.addWidget(self.partnerPack, 1, 0, 1, 2)

        self.agencyPack = QRadioButton(self.variantBox)
        self.agencyPack.setObjectName(u"agencyPack")

        self.variantLayout.addWidget(self.agencyPack, 2, 0, 1, 1)

        self.agency = QComboBox(self.variantBox)
        self.agency.setObjectName(u"agency")

        self.variantLayout.addWidget(self.agency, 2, 1, 1, 1)


        self.layout.addWidget(self.variantBox)

        self.copyBox = QGroupBox(PackDialog)
        self.copyBox.setObjectName(u"copyBox")
        self.copyBox.setCheckable(True)
        self.copyBox.setChecked(False)
        self.copyLayout = QVBoxLayout(self.copyBox)
        self.copyLayout.setObjectName(u"copyLayout")
        self.copyForRow = QHBoxLayout()
        self.copyForRow.setObjectName(u"copyForRow")
        self.copyForLabel = QLabel(self.copyBox)
        self.copyForLabel.setObjectName(u"copyForLabel")

        self.copyForRow.addWidget(self.copyForLabel)

        self.copyFor = QComboBox(self.copyBox)
        self.copyFor.setObjectName(u"copyFor")

        self.copyForRow.addWidget(self.copyFor)

        self.copyForRow.setStretch(1, 1)

        self.copyLayout.addLayout(self.copyForRow)

        self.copyNote = QLabel(self.copyBox)
        self.copyNote.setObjectName(u"copyNote")
        self.copyNote.setWordWrap(True)

        self.copyLayout.addWidget(self.copyNote)


        self.layout.addWidget(self.copyBox)

        self.fullHistory = QCheckBox(PackDialog)
        self.fullHistory.setObjectName(u"fullHistory")

        self.layout.addWidget(self.fullHistory)

        self.note = QLabel(PackDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.message = QLabel(PackDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PackDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.copyForLabel.setBuddy(self.copyFor)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chairPack, self.partnerPack)
        QWidget.setTabOrder(self.partnerPack, self.agencyPack)
        QWidget.setTabOrder(self.agencyPack, self.agency)
        QWidget.setTabOrder(self.agency, self.copyBox)
        QWidget.setTabOrder(self.copyBox, self.copyFor)
        QWidget.setTabOrder(self.copyFor, self.fullHistory)

        self.retranslateUi(PackDialog)
    # setupUi

    def retranslateUi(self, PackDialog):
        PackDialog.setWindowTitle(QCoreApplication.translate("PackDialog", u"Build the meeting pack", None))
        self.meetingLabel.setText("")
#if QT_CONFIG(accessibility)
        self.meetingLabel.setAccessibleName(QCoreApplication.translate("PackDialog", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
        self.variantBox.setTitle(QCoreApplication.translate("PackDialog", u"Which pack", None))
        self.chairPack.setText(QCoreApplication.translate("PackDialog", u"&Chair's pack: everything", None))
#if QT_CONFIG(accessibility)
        self.chairPack.setAccessibleName(QCoreApplication.translate("PackDialog", u"Chair's pack", None))
#endif // QT_CONFIG(accessibility)
        self.partnerPack.setText(QCoreApplication.translate("PackDialog", u"&Partner pack: non-disseminable content removed", None))
#if QT_CONFIG(accessibility)
        self.partnerPack.setAccessibleName(QCoreApplication.translate("PackDialog", u"Partner pack", None))
#endif // QT_CONFIG(accessibility)
        self.agencyPack.setText(QCoreApplication.translate("PackDialog", u"&Agency pack: only the tasks of", None))
#if QT_CONFIG(accessibility)
        self.agencyPack.setAccessibleName(QCoreApplication.translate("PackDialog", u"Agency pack", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("PackDialog", u"Agency the pack is for", None))
#endif // QT_CONFIG(accessibility)
        self.copyBox.setTitle(QCoreApplication.translate("PackDialog", u"&Issue as a numbered copy", None))
#if QT_CONFIG(accessibility)
        self.copyBox.setAccessibleName(QCoreApplication.translate("PackDialog", u"Issue as a numbered copy", None))
#endif // QT_CONFIG(accessibility)
        self.copyForLabel.setText(QCoreApplication.translate("PackDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.copyFor.setAccessibleName(QCoreApplication.translate("PackDialog", u"Person the copy is issued to", None))
#endif // QT_CONFIG(accessibility)
        self.copyNote.setText(QCoreApplication.translate("PackDialog", u"The copy number and the recipient are printed on every page, and the copy is recorded in the distribution register.", None))
        self.fullHistory.setText(QCoreApplication.translate("PackDialog", u"Print actions closed before the last meeting and their &history in full", None))
#if QT_CONFIG(tooltip)
        self.fullHistory.setToolTip(QCoreApplication.translate("PackDialog", u"Otherwise each such action takes one line, and each plan's progress shows what came since the last meeting.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fullHistory.setAccessibleName(QCoreApplication.translate("PackDialog", u"Full history", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("PackDialog", u"Next you choose where to save the PDF. The pack is built in the background, and Cancel leaves no file behind.", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("PackDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

