# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disruption_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_DisruptionDialog(object):
    def setupUi(self, DisruptionDialog):
        if not DisruptionDialog.objectName():
            DisruptionDialog.setObjectName(u"DisruptionDialog")
        DisruptionDialog.resize(560, 400)
        self.layout = QVBoxLayout(DisruptionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(DisruptionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateField(DisruptionDialog)
        self.date.setObjectName(u"date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date)

        self.agencyLabel = QLabel(DisruptionDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agency = QComboBox(DisruptionDialog)
        self.agency.setObjectName(u"agency")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agency)

        self.strandLabel = QLabel(DisruptionDialog)
        self.strandLabel.setObjectName(u"strandLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strandLabel)

        self.strand = QComboBox(DisruptionDialog)
        self.strand.setObjectName(u"strand")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strand)

        self.levelLabel = QLabel(DisruptionDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(DisruptionDialog)
        self.level.setObjectName(u"level")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.level)

        self.actionLabel = QLabel(DisruptionDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.action = QComboBox(DisruptionDialog)
        self.action.setObjectName(u"action")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.action)

        self.justificationLabel = QLabel(DisruptionDialog)
        self.justificationLabel.setObjectName(u"justificationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.justificationLabel)

        self.justification = QPlainTextEdit(DisruptionDialog)
        self.justification.setObjectName(u"justification")
        self.justification.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.justification)


        self.layout.addLayout(self.form)

        self.withheldHint = QLabel(DisruptionDialog)
        self.withheldHint.setObjectName(u"withheldHint")
        self.withheldHint.setVisible(False)
        self.withheldHint.setWordWrap(True)
        self.withheldHint.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.withheldHint)

        self.boardOnly = QCheckBox(DisruptionDialog)
        self.boardOnly.setObjectName(u"boardOnly")

        self.layout.addWidget(self.boardOnly)

        self.message = QLabel(DisruptionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(DisruptionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
        self.agencyLabel.setBuddy(self.agency)
        self.strandLabel.setBuddy(self.strand)
        self.levelLabel.setBuddy(self.level)
        self.actionLabel.setBuddy(self.action)
        self.justificationLabel.setBuddy(self.justification)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.agency)
        QWidget.setTabOrder(self.agency, self.strand)
        QWidget.setTabOrder(self.strand, self.level)
        QWidget.setTabOrder(self.level, self.action)
        QWidget.setTabOrder(self.action, self.justification)
        QWidget.setTabOrder(self.justification, self.buttons)

        self.retranslateUi(DisruptionDialog)
    # setupUi

    def retranslateUi(self, DisruptionDialog):
        DisruptionDialog.setWindowTitle(QCoreApplication.translate("DisruptionDialog", u"Record disruption", None))
        self.dateLabel.setText(QCoreApplication.translate("DisruptionDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Date of the disruption", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("DisruptionDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.strandLabel.setText(QCoreApplication.translate("DisruptionDialog", u"&Strand:", None))
#if QT_CONFIG(accessibility)
        self.strand.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Strand", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("DisruptionDialog", u"&Level:", None))
#if QT_CONFIG(accessibility)
        self.level.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Disruption level", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("DisruptionDialog", u"Linked a&ction:", None))
#if QT_CONFIG(accessibility)
        self.action.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Linked action (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.justificationLabel.setText(QCoreApplication.translate("DisruptionDialog", u"&Justification:", None))
#if QT_CONFIG(accessibility)
        self.justification.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Justification", None))
#endif // QT_CONFIG(accessibility)
        self.withheldHint.setText("")
#if QT_CONFIG(accessibility)
        self.withheldHint.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Names withheld from partners", None))
#endif // QT_CONFIG(accessibility)
        self.boardOnly.setText(QCoreApplication.translate("DisruptionDialog", u"&Board only: in no partner's pack or extract", None))
#if QT_CONFIG(tooltip)
        self.boardOnly.setToolTip(QCoreApplication.translate("DisruptionDialog", u"Partners never see a justification marked board only. It starts ticked when the threat is not disseminable.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.boardOnly.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Board only", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("DisruptionDialog", u"Why it was refused", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

