# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'threat_profile.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from ocgboard.gui.date_field import DateField

class Ui_ThreatProfile(object):
    def setupUi(self, ThreatProfile):
        if not ThreatProfile.objectName():
            ThreatProfile.setObjectName(u"ThreatProfile")
        ThreatProfile.resize(640, 620)
        self.profileLayout = QVBoxLayout(ThreatProfile)
        self.profileLayout.setObjectName(u"profileLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.referenceLabel = QLabel(ThreatProfile)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(ThreatProfile)
        self.reference.setObjectName(u"reference")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reference)

        self.nameLabel = QLabel(ThreatProfile)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ThreatProfile)
        self.name.setObjectName(u"name")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(ThreatProfile)
        self.kindLabel.setObjectName(u"kindLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(ThreatProfile)
        self.kind.setObjectName(u"kind")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.statusLabel = QLabel(ThreatProfile)
        self.statusLabel.setObjectName(u"statusLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ThreatProfile)
        self.status.setObjectName(u"status")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.bandLabel = QLabel(ThreatProfile)
        self.bandLabel.setObjectName(u"bandLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bandLabel)

        self.band = QComboBox(ThreatProfile)
        self.band.setObjectName(u"band")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.band)

        self.modelLabel = QLabel(ThreatProfile)
        self.modelLabel.setObjectName(u"modelLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.managementModel = QComboBox(ThreatProfile)
        self.managementModel.setObjectName(u"managementModel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.managementModel)

        self.areaLabel = QLabel(ThreatProfile)
        self.areaLabel.setObjectName(u"areaLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(ThreatProfile)
        self.area.setObjectName(u"area")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.area)


        self.columns.addLayout(self.identityForm)

        self.peopleForm = QFormLayout()
        self.peopleForm.setObjectName(u"peopleForm")
        self.lroLabel = QLabel(ThreatProfile)
        self.lroLabel.setObjectName(u"lroLabel")

        self.peopleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lroLabel)

        self.lro = QComboBox(ThreatProfile)
        self.lro.setObjectName(u"lro")

        self.peopleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lro)

        self.sroLabel = QLabel(ThreatProfile)
        self.sroLabel.setObjectName(u"sroLabel")

        self.peopleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sroLabel)

        self.sro = QComboBox(ThreatProfile)
        self.sro.setObjectName(u"sro")

        self.peopleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sro)

        self.agencyLabel = QLabel(ThreatProfile)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.peopleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.leadAgency = QComboBox(ThreatProfile)
        self.leadAgency.setObjectName(u"leadAgency")

        self.peopleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leadAgency)

        self.corruptionLabel = QLabel(ThreatProfile)
        self.corruptionLabel.setObjectName(u"corruptionLabel")

        self.peopleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.corruptionLabel)

        self.extentCorruption = QComboBox(ThreatProfile)
        self.extentCorruption.setObjectName(u"extentCorruption")

        self.peopleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.extentCorruption)

        self.awarenessLabel = QLabel(ThreatProfile)
        self.awarenessLabel.setObjectName(u"awarenessLabel")

        self.peopleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.awarenessLabel)

        self.extentAwareness = QComboBox(ThreatProfile)
        self.extentAwareness.setObjectName(u"extentAwareness")

        self.peopleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.extentAwareness)

        self.violenceLabel = QLabel(ThreatProfile)
        self.violenceLabel.setObjectName(u"violenceLabel")

        self.peopleForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.violenceLabel)

        self.extentViolence = QComboBox(ThreatProfile)
        self.extentViolence.setObjectName(u"extentViolence")

        self.peopleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.extentViolence)

        self.mappedLabel = QLabel(ThreatProfile)
        self.mappedLabel.setObjectName(u"mappedLabel")

        self.peopleForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mappedLabel)

        self.mappedOn = DateField(ThreatProfile)
        self.mappedOn.setObjectName(u"mappedOn")

        self.peopleForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mappedOn)

        self.assessedLabel = QLabel(ThreatProfile)
        self.assessedLabel.setObjectName(u"assessedLabel")

        self.peopleForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.assessedLabel)

        self.lastAssessedOn = DateField(ThreatProfile)
        self.lastAssessedOn.setObjectName(u"lastAssessedOn")

        self.peopleForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lastAssessedOn)

        self.reviewLabel = QLabel(ThreatProfile)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.peopleForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.nextReviewOn = DateField(ThreatProfile)
        self.nextReviewOn.setObjectName(u"nextReviewOn")

        self.peopleForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.nextReviewOn)

        self.reviewWords = QLabel(ThreatProfile)
        self.reviewWords.setObjectName(u"reviewWords")

        self.peopleForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reviewWords)

        self.closedLabel = QLabel(ThreatProfile)
        self.closedLabel.setObjectName(u"closedLabel")

        self.peopleForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedOn = QLabel(ThreatProfile)
        self.closedOn.setObjectName(u"closedOn")

        self.peopleForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.closedOn)


        self.columns.addLayout(self.peopleForm)


        self.profileLayout.addLayout(self.columns)

        self.threatAreasLabel = QLabel(ThreatProfile)
        self.threatAreasLabel.setObjectName(u"threatAreasLabel")

        self.profileLayout.addWidget(self.threatAreasLabel)

        self.threatAreas = QWidget(ThreatProfile)
        self.threatAreas.setObjectName(u"threatAreas")
        self.threatAreasGrid = QGridLayout(self.threatAreas)
        self.threatAreasGrid.setObjectName(u"threatAreasGrid")
        self.threatAreasGrid.setContentsMargins(12, 0, 0, 0)

        self.profileLayout.addWidget(self.threatAreas)

        self.summaryLabel = QLabel(ThreatProfile)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.profileLayout.addWidget(self.summaryLabel)

        self.summary = QPlainTextEdit(ThreatProfile)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumSize(QSize(0, 110))

        self.profileLayout.addWidget(self.summary)

        self.disseminable = QCheckBox(ThreatProfile)
        self.disseminable.setObjectName(u"disseminable")

        self.profileLayout.addWidget(self.disseminable)

        self.savedNote = QLabel(ThreatProfile)
        self.savedNote.setObjectName(u"savedNote")
        self.savedNote.setWordWrap(True)

        self.profileLayout.addWidget(self.savedNote)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.reference)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.statusLabel.setBuddy(self.status)
        self.bandLabel.setBuddy(self.band)
        self.modelLabel.setBuddy(self.managementModel)
        self.areaLabel.setBuddy(self.area)
        self.lroLabel.setBuddy(self.lro)
        self.sroLabel.setBuddy(self.sro)
        self.agencyLabel.setBuddy(self.leadAgency)
        self.corruptionLabel.setBuddy(self.extentCorruption)
        self.awarenessLabel.setBuddy(self.extentAwareness)
        self.violenceLabel.setBuddy(self.extentViolence)
        self.mappedLabel.setBuddy(self.mappedOn)
        self.assessedLabel.setBuddy(self.lastAssessedOn)
        self.reviewLabel.setBuddy(self.nextReviewOn)
        self.threatAreasLabel.setBuddy(self.threatAreas)
        self.summaryLabel.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reference, self.name)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.band)
        QWidget.setTabOrder(self.band, self.managementModel)
        QWidget.setTabOrder(self.managementModel, self.area)
        QWidget.setTabOrder(self.area, self.lro)
        QWidget.setTabOrder(self.lro, self.sro)
        QWidget.setTabOrder(self.sro, self.leadAgency)
        QWidget.setTabOrder(self.leadAgency, self.extentCorruption)
        QWidget.setTabOrder(self.extentCorruption, self.extentAwareness)
        QWidget.setTabOrder(self.extentAwareness, self.extentViolence)
        QWidget.setTabOrder(self.extentViolence, self.mappedOn)
        QWidget.setTabOrder(self.mappedOn, self.lastAssessedOn)
        QWidget.setTabOrder(self.lastAssessedOn, self.nextReviewOn)
        QWidget.setTabOrder(self.nextReviewOn, self.summary)
        QWidget.setTabOrder(self.summary, self.disseminable)

        self.retranslateUi(ThreatProfile)
    # setupUi

    def retranslateUi(self, ThreatProfile):
#if QT_CONFIG(accessibility)
        ThreatProfile.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Threat profile", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("ThreatProfile", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.reference.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("ThreatProfile", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("ThreatProfile", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ThreatProfile", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.bandLabel.setText(QCoreApplication.translate("ThreatProfile", u"&Band:", None))
#if QT_CONFIG(accessibility)
        self.band.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"OCGM band", None))
#endif // QT_CONFIG(accessibility)
        self.modelLabel.setText(QCoreApplication.translate("ThreatProfile", u"Management m&odel:", None))
#if QT_CONFIG(accessibility)
        self.managementModel.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Management model", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("ThreatProfile", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Geographical area", None))
#endif // QT_CONFIG(accessibility)
        self.lroLabel.setText(QCoreApplication.translate("ThreatProfile", u"LRO:", None))
#if QT_CONFIG(accessibility)
        self.lro.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Lead Responsible Officer", None))
#endif // QT_CONFIG(accessibility)
        self.sroLabel.setText(QCoreApplication.translate("ThreatProfile", u"SRO:", None))
#if QT_CONFIG(accessibility)
        self.sro.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Senior Responsible Officer", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("ThreatProfile", u"Lead agen&cy:", None))
#if QT_CONFIG(accessibility)
        self.leadAgency.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Lead agency", None))
#endif // QT_CONFIG(accessibility)
        self.corruptionLabel.setText(QCoreApplication.translate("ThreatProfile", u"Infiltration, corruption:", None))
#if QT_CONFIG(accessibility)
        self.extentCorruption.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Extent of infiltration, corruption and subversion", None))
#endif // QT_CONFIG(accessibility)
        self.awarenessLabel.setText(QCoreApplication.translate("ThreatProfile", u"Tactical awareness:", None))
#if QT_CONFIG(accessibility)
        self.extentAwareness.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Extent of tactical awareness", None))
#endif // QT_CONFIG(accessibility)
        self.violenceLabel.setText(QCoreApplication.translate("ThreatProfile", u"Violent capability:", None))
#if QT_CONFIG(accessibility)
        self.extentViolence.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Extent of violent capability", None))
#endif // QT_CONFIG(accessibility)
        self.mappedLabel.setText(QCoreApplication.translate("ThreatProfile", u"Mapped on:", None))
#if QT_CONFIG(accessibility)
        self.mappedOn.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Mapped on", None))
#endif // QT_CONFIG(accessibility)
        self.assessedLabel.setText(QCoreApplication.translate("ThreatProfile", u"Last assessed:", None))
#if QT_CONFIG(accessibility)
        self.lastAssessedOn.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Last assessed on", None))
#endif // QT_CONFIG(accessibility)
        self.reviewLabel.setText(QCoreApplication.translate("ThreatProfile", u"Ne&xt review:", None))
#if QT_CONFIG(accessibility)
        self.nextReviewOn.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Next review on", None))
#endif // QT_CONFIG(accessibility)
        self.reviewWords.setText("")
#if QT_CONFIG(accessibility)
        self.reviewWords.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Review due", None))
#endif // QT_CONFIG(accessibility)
        self.closedLabel.setText(QCoreApplication.translate("ThreatProfile", u"Closed on:", None))
        self.closedOn.setText(QCoreApplication.translate("ThreatProfile", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.closedOn.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Closed on", None))
#endif // QT_CONFIG(accessibility)
        self.threatAreasLabel.setText(QCoreApplication.translate("ThreatProfile", u"Threat area&s (control strategy):", None))
#if QT_CONFIG(accessibility)
        self.threatAreas.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Threat areas", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("ThreatProfile", u"S&ummary:", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.disseminable.setText(QCoreApplication.translate("ThreatProfile", u"Partners may see this threat (name, band, areas, officers, summary)", None))
#if QT_CONFIG(tooltip)
        self.disseminable.setToolTip(QCoreApplication.translate("ThreatProfile", u"Unticked, partner packs and agency extracts show only its reference and kind; its name, profile and summary never leave.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.disseminable.setAccessibleName(QCoreApplication.translate("ThreatProfile", u"Partners may see this threat", None))
#endif // QT_CONFIG(accessibility)
        self.savedNote.setText(QCoreApplication.translate("ThreatProfile", u"Every change is saved as you make it; Edit > Undo takes it back.", None))
    # retranslateUi

