# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from ocgboard.gui.date_field import DateField

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(640, 620)
        self.layout = QVBoxLayout(ActionDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ActionDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.strandLabel = QLabel(ActionDialog)
        self.strandLabel.setObjectName(u"strandLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.strandLabel)

        self.strand = QComboBox(ActionDialog)
        self.strand.setObjectName(u"strand")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.strand)

        self.specificLabel = QLabel(ActionDialog)
        self.specificLabel.setObjectName(u"specificLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.specificLabel)

        self.specific = QPlainTextEdit(ActionDialog)
        self.specific.setObjectName(u"specific")
        self.specific.setMaximumSize(QSize(16777215, 90))
        self.specific.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.specific)

        self.measurableLabel = QLabel(ActionDialog)
        self.measurableLabel.setObjectName(u"measurableLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.measurableLabel)

        self.measurable = QPlainTextEdit(ActionDialog)
        self.measurable.setObjectName(u"measurable")
        self.measurable.setMaximumSize(QSize(16777215, 64))
        self.measurable.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.measurable)

        self.achievableLabel = QLabel(ActionDialog)
        self.achievableLabel.setObjectName(u"achievableLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.achievableLabel)

        self.achievable = QPlainTextEdit(ActionDialog)
        self.achievable.setObjectName(u"achievable")
        self.achievable.setMaximumSize(QSize(16777215, 64))
        self.achievable.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.achievable)

        self.relevantLabel = QLabel(ActionDialog)
        self.relevantLabel.setObjectName(u"relevantLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.relevantLabel)

        self.relevant = QPlainTextEdit(ActionDialog)
        self.relevant.setObjectName(u"relevant")
        self.relevant.setMaximumSize(QSize(16777215, 64))
        self.relevant.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.relevant)

        self.timeboundLabel = QLabel(ActionDialog)
        self.timeboundLabel.setObjectName(u"timeboundLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timeboundLabel)

        self.timebound = QLineEdit(ActionDialog)
        self.timebound.setObjectName(u"timebound")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timebound)

        self.ownerLabel = QLabel(ActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(ActionDialog)
        self.owner.setObjectName(u"owner")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.owner)

        self.personLabel = QLabel(ActionDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(ActionDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.person)

        self.dueLabel = QLabel(ActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.due = DateField(ActionDialog)
        self.due.setObjectName(u"due")

        self.dueLayout.addWidget(self.due)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.ragLabel = QLabel(ActionDialog)
        self.ragLabel.setObjectName(u"ragLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ragLabel)

        self.rag = QComboBox(ActionDialog)
        self.rag.setObjectName(u"rag")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.rag)

        self.battleLabel = QLabel(ActionDialog)
        self.battleLabel.setObjectName(u"battleLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.battleLabel)

        self.battle = QComboBox(ActionDialog)
        self.battle.setObjectName(u"battle")
        self.battle.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.battle.setMinimumContentsLength(30)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.battle)


        self.layout.addLayout(self.form)

        self.withheldHint = QLabel(ActionDialog)
        self.withheldHint.setObjectName(u"withheldHint")
        self.withheldHint.setVisible(False)
        self.withheldHint.setWordWrap(True)
        self.withheldHint.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.withheldHint)

        self.message = QLabel(ActionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.strandLabel.setBuddy(self.strand)
        self.specificLabel.setBuddy(self.specific)
        self.measurableLabel.setBuddy(self.measurable)
        self.achievableLabel.setBuddy(self.achievable)
        self.relevantLabel.setBuddy(self.relevant)
        self.timeboundLabel.setBuddy(self.timebound)
        self.ownerLabel.setBuddy(self.owner)
        self.personLabel.setBuddy(self.person)
        self.dueLabel.setBuddy(self.due)
        self.ragLabel.setBuddy(self.rag)
        self.battleLabel.setBuddy(self.battle)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.strand, self.specific)
        QWidget.setTabOrder(self.specific, self.measurable)
        QWidget.setTabOrder(self.measurable, self.achievable)
        QWidget.setTabOrder(self.achievable, self.relevant)
        QWidget.setTabOrder(self.relevant, self.timebound)
        QWidget.setTabOrder(self.timebound, self.owner)
        QWidget.setTabOrder(self.owner, self.person)
        QWidget.setTabOrder(self.person, self.due)
        QWidget.setTabOrder(self.due, self.rag)
        QWidget.setTabOrder(self.rag, self.battle)
        QWidget.setTabOrder(self.battle, self.buttons)

        self.retranslateUi(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Action", None))
        self.heading.setText("")
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Threat and strand", None))
#endif // QT_CONFIG(accessibility)
        self.strandLabel.setText(QCoreApplication.translate("ActionDialog", u"St&rand:", None))
#if QT_CONFIG(accessibility)
        self.strand.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Strand", None))
#endif // QT_CONFIG(accessibility)
        self.specificLabel.setText(QCoreApplication.translate("ActionDialog", u"&Specific:", None))
        self.specific.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"What will be done, to whom (required)", None))
#if QT_CONFIG(accessibility)
        self.specific.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Specific", None))
#endif // QT_CONFIG(accessibility)
        self.measurableLabel.setText(QCoreApplication.translate("ActionDialog", u"&Measurable:", None))
#if QT_CONFIG(accessibility)
        self.measurable.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Measurable", None))
#endif // QT_CONFIG(accessibility)
        self.achievableLabel.setText(QCoreApplication.translate("ActionDialog", u"Ac&hievable:", None))
#if QT_CONFIG(accessibility)
        self.achievable.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Achievable", None))
#endif // QT_CONFIG(accessibility)
        self.relevantLabel.setText(QCoreApplication.translate("ActionDialog", u"Re&levant:", None))
#if QT_CONFIG(accessibility)
        self.relevant.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Relevant", None))
#endif // QT_CONFIG(accessibility)
        self.timeboundLabel.setText(QCoreApplication.translate("ActionDialog", u"&Timebound:", None))
        self.timebound.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"e.g. by the next board meeting", None))
#if QT_CONFIG(accessibility)
        self.timebound.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Timebound", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("ActionDialog", u"&Owner agency:", None))
#if QT_CONFIG(accessibility)
        self.owner.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Owner agency", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("ActionDialog", u"O&fficer:", None))
#if QT_CONFIG(accessibility)
        self.person.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Named officer", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"&Due:", None))
#if QT_CONFIG(accessibility)
        self.due.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.ragLabel.setText(QCoreApplication.translate("ActionDialog", u"&RAG:", None))
#if QT_CONFIG(accessibility)
        self.rag.setAccessibleName(QCoreApplication.translate("ActionDialog", u"RAG rating", None))
#endif // QT_CONFIG(accessibility)
        self.battleLabel.setText(QCoreApplication.translate("ActionDialog", u"Must-win &battle:", None))
#if QT_CONFIG(accessibility)
        self.battle.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Must-win battle it serves", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.battle.setToolTip(QCoreApplication.translate("ActionDialog", u"The must-win battle of the board's control strategy this action serves, if any", None))
#endif // QT_CONFIG(tooltip)
        self.withheldHint.setText("")
#if QT_CONFIG(accessibility)
        self.withheldHint.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Names withheld from partners", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

