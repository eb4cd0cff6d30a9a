# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_threat.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_NewThreatDialog(object):
    def setupUi(self, NewThreatDialog):
        if not NewThreatDialog.objectName():
            NewThreatDialog.setObjectName(u"NewThreatDialog")
        NewThreatDialog.resize(460, 330)
        self.layout = QVBoxLayout(NewThreatDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.referenceLabel = QLabel(NewThreatDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(NewThreatDialog)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reference)

        self.nameLabel = QLabel(NewThreatDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(NewThreatDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(NewThreatDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(NewThreatDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.bandLabel = QLabel(NewThreatDialog)
        self.bandLabel.setObjectName(u"bandLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bandLabel)

        self.band = QComboBox(NewThreatDialog)
        self.band.setObjectName(u"band")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.band)

        self.areaLabel = QLabel(NewThreatDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(NewThreatDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.area)

        self.mappedLabel = QLabel(NewThreatDialog)
        self.mappedLabel.setObjectName(u"mappedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mappedLabel)

        self.mappedOn = DateField(NewThreatDialog)
        self.mappedOn.setObjectName(u"mappedOn")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mappedOn)

        self.reviewLabel = QLabel(NewThreatDialog)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.nextReviewOn = DateField(NewThreatDialog)
        self.nextReviewOn.setObjectName(u"nextReviewOn")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nextReviewOn)


        self.layout.addLayout(self.form)

        self.message = QLabel(NewThreatDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(NewThreatDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.reference)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.bandLabel.setBuddy(self.band)
        self.areaLabel.setBuddy(self.area)
        self.mappedLabel.setBuddy(self.mappedOn)
        self.reviewLabel.setBuddy(self.nextReviewOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reference, self.name)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.band)
        QWidget.setTabOrder(self.band, self.area)
        QWidget.setTabOrder(self.area, self.mappedOn)
        QWidget.setTabOrder(self.mappedOn, self.nextReviewOn)
        QWidget.setTabOrder(self.nextReviewOn, self.buttons)

        self.retranslateUi(NewThreatDialog)
    # setupUi

    def retranslateUi(self, NewThreatDialog):
        NewThreatDialog.setWindowTitle(QCoreApplication.translate("NewThreatDialog", u"New threat", None))
        self.referenceLabel.setText(QCoreApplication.translate("NewThreatDialog", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.reference.setAccessibleName(QCoreApplication.translate("NewThreatDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.reference.setPlaceholderText(QCoreApplication.translate("NewThreatDialog", u"e.g. OCG 05/00283", None))
        self.nameLabel.setText(QCoreApplication.translate("NewThreatDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("NewThreatDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("NewThreatDialog", u"e.g. Hartley Road network", None))
        self.kindLabel.setText(QCoreApplication.translate("NewThreatDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("NewThreatDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.bandLabel.setText(QCoreApplication.translate("NewThreatDialog", u"&Band:", None))
#if QT_CONFIG(accessibility)
        self.band.setAccessibleName(QCoreApplication.translate("NewThreatDialog", u"OCGM band", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("NewThreatDialog", u"Ar&ea:", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("NewThreatDialog", u"Geographical area", None))
#endif // QT_CONFIG(accessibility)
        self.area.setPlaceholderText(QCoreApplication.translate("NewThreatDialog", u"optional", None))
        self.mappedLabel.setText(QCoreApplication.translate("NewThreatDialog", u"&Mapped on:", None))
#if QT_CONFIG(accessibility)
        self.mappedOn.setAccessibleName(QCoreApplication.translate("NewThreatDialog", u"Mapped on", None))
#endif // QT_CONFIG(accessibility)
        self.reviewLabel.setText(QCoreApplication.translate("NewThreatDialog", u"Next re&view:", None))
#if QT_CONFIG(accessibility)
        self.nextReviewOn.setAccessibleName(QCoreApplication.translate("NewThreatDialog", u"Next review on", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("NewThreatDialog", u"Why it was refused", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

