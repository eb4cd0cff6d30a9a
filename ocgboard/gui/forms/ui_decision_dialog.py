# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(620, 340)
        self.layout = QVBoxLayout(DecisionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.subjectLabel = QLabel(DecisionDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QComboBox(DecisionDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject.setMinimumContentsLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subject)

        self.detail = QLabel(DecisionDialog)
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.detail)

        self.decisionLabel = QLabel(DecisionDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decision = QPlainTextEdit(DecisionDialog)
        self.decision.setObjectName(u"decision")
        self.decision.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decision)

        self.statusLabel = QLabel(DecisionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(DecisionDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)


        self.layout.addLayout(self.form)

        self.withheldHint = QLabel(DecisionDialog)
        self.withheldHint.setObjectName(u"withheldHint")
        self.withheldHint.setVisible(False)
        self.withheldHint.setWordWrap(True)
        self.withheldHint.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.withheldHint)

        self.boardOnly = QCheckBox(DecisionDialog)
        self.boardOnly.setObjectName(u"boardOnly")

        self.layout.addWidget(self.boardOnly)

        self.message = QLabel(DecisionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(DecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.subjectLabel.setBuddy(self.subject)
        self.decisionLabel.setBuddy(self.decision)
        self.statusLabel.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subject, self.decision)
        QWidget.setTabOrder(self.decision, self.status)

        self.retranslateUi(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Record a decision", None))
        self.subjectLabel.setText(QCoreApplication.translate("DecisionDialog", u"Decision &on:", None))
#if QT_CONFIG(accessibility)
        self.subject.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"What the decision is on", None))
#endif // QT_CONFIG(accessibility)
        self.detail.setText("")
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Details of the subject", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Decision:", None))
        self.decision.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"What the board decided, as it will read in the minutes", None))
#if QT_CONFIG(accessibility)
        self.decision.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("DecisionDialog", u"New &status:", None))
#if QT_CONFIG(tooltip)
        self.status.setToolTip(QCoreApplication.translate("DecisionDialog", u"The decision is a dated update in the action's trail; it may move the action on", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"New status of the action", None))
#endif // QT_CONFIG(accessibility)
        self.withheldHint.setText("")
#if QT_CONFIG(accessibility)
        self.withheldHint.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Names withheld from partners", None))
#endif // QT_CONFIG(accessibility)
        self.boardOnly.setText(QCoreApplication.translate("DecisionDialog", u"&Board only: in no partner's pack or extract", None))
#if QT_CONFIG(tooltip)
        self.boardOnly.setToolTip(QCoreApplication.translate("DecisionDialog", u"Partners never see a decision marked board only. It starts ticked when the threat is not disseminable.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.boardOnly.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Board only", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

