# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_item_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AgendaItemDialog(object):
    def setupUi(self, AgendaItemDialog):
        if not AgendaItemDialog.objectName():
            AgendaItemDialog.setObjectName(u"AgendaItemDialog")
        AgendaItemDialog.resize(560, 320)
        self.layout = QVBoxLayout(AgendaItemDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(AgendaItemDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(AgendaItemDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.threatLabel = QLabel(AgendaItemDialog)
        self.threatLabel.setObjectName(u"threatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.threatLabel)

        self.threat = QComboBox(AgendaItemDialog)
        self.threat.setObjectName(u"threat")
        self.threat.setEditable(True)
        self.threat.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.threat)

        self.titleLabel = QLabel(AgendaItemDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(AgendaItemDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.purposeLabel = QLabel(AgendaItemDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QComboBox(AgendaItemDialog)
        self.purpose.setObjectName(u"purpose")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.presenterLabel = QLabel(AgendaItemDialog)
        self.presenterLabel.setObjectName(u"presenterLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.presenterLabel)

        self.presenter = QComboBox(AgendaItemDialog)
        self.presenter.setObjectName(u"presenter")
        self.presenter.setEditable(True)
        self.presenter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.presenter)

        self.minutesLabel = QLabel(AgendaItemDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutes = QSpinBox(AgendaItemDialog)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMinimum(1)
        self.minutes.setMaximum(480)
        self.minutes.setValue(10)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.minutes)

        self.positionLabel = QLabel(AgendaItemDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QSpinBox(AgendaItemDialog)
        self.position.setObjectName(u"position")
        self.position.setMinimum(1)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.position)


        self.layout.addLayout(self.form)

        self.message = QLabel(AgendaItemDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(AgendaItemDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.threatLabel.setBuddy(self.threat)
        self.titleLabel.setBuddy(self.title)
        self.purposeLabel.setBuddy(self.purpose)
        self.presenterLabel.setBuddy(self.presenter)
        self.minutesLabel.setBuddy(self.minutes)
        self.positionLabel.setBuddy(self.position)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.threat)
        QWidget.setTabOrder(self.threat, self.title)
        QWidget.setTabOrder(self.title, self.purpose)
        QWidget.setTabOrder(self.purpose, self.presenter)
        QWidget.setTabOrder(self.presenter, self.minutes)
        QWidget.setTabOrder(self.minutes, self.position)

        self.retranslateUi(AgendaItemDialog)
    # setupUi

    def retranslateUi(self, AgendaItemDialog):
        AgendaItemDialog.setWindowTitle(QCoreApplication.translate("AgendaItemDialog", u"Add agenda item", None))
        self.kindLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Kind of item", None))
#endif // QT_CONFIG(accessibility)
        self.threatLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Threat:", None))
#if QT_CONFIG(tooltip)
        self.threat.setToolTip(QCoreApplication.translate("AgendaItemDialog", u"The threat a threat review item reviews: type its reference or name", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.threat.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Threat to review", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"T&itle:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("AgendaItemDialog", u"Leave empty to name it after its kind or threat", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Item title", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purpose.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.presenterLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"P&resenter:", None))
#if QT_CONFIG(tooltip)
        self.presenter.setToolTip(QCoreApplication.translate("AgendaItemDialog", u"Leave empty for a threat review: its LRO presents it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.presenter.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Presenter", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Minutes:", None))
        self.minutes.setSuffix(QCoreApplication.translate("AgendaItemDialog", u" min", None))
#if QT_CONFIG(accessibility)
        self.minutes.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Minutes allowed", None))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"P&osition:", None))
#if QT_CONFIG(accessibility)
        self.position.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Position on the agenda", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

