# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tactic_picker.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

from ocgboard.gui.date_field import DateField

class Ui_TacticPicker(object):
    def setupUi(self, TacticPicker):
        if not TacticPicker.objectName():
            TacticPicker.setObjectName(u"TacticPicker")
        TacticPicker.resize(1180, 720)
        self.layout = QVBoxLayout(TacticPicker)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(TacticPicker)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.strandLabel = QLabel(TacticPicker)
        self.strandLabel.setObjectName(u"strandLabel")

        self.filters.addWidget(self.strandLabel)

        self.strand = QComboBox(TacticPicker)
        self.strand.setObjectName(u"strand")

        self.filters.addWidget(self.strand)

        self.areaLabel = QLabel(TacticPicker)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filters.addWidget(self.areaLabel)

        self.area = QComboBox(TacticPicker)
        self.area.setObjectName(u"area")

        self.filters.addWidget(self.area)

        self.agencyLabel = QLabel(TacticPicker)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.filters.addWidget(self.agencyLabel)

        self.agency = QComboBox(TacticPicker)
        self.agency.setObjectName(u"agency")

        self.filters.addWidget(self.agency)

        self.wordsLabel = QLabel(TacticPicker)
        self.wordsLabel.setObjectName(u"wordsLabel")

        self.filters.addWidget(self.wordsLabel)

        self.words = QLineEdit(TacticPicker)
        self.words.setObjectName(u"words")
        self.words.setClearButtonEnabled(True)

        self.filters.addWidget(self.words)


        self.layout.addLayout(self.filters)

        self.splitter = QSplitter(TacticPicker)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tactics = QTableView(self.splitter)
        self.tactics.setObjectName(u"tactics")
        self.tactics.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tactics.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tactics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tactics.setWordWrap(False)
        self.splitter.addWidget(self.tactics)
        self.chosenPanel = QWidget(self.splitter)
        self.chosenPanel.setObjectName(u"chosenPanel")
        self.chosenLayout = QVBoxLayout(self.chosenPanel)
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenLayout.setContentsMargins(0, 0, 0, 0)
        self.chosenLabel = QLabel(self.chosenPanel)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.chosenLayout.addWidget(self.chosenLabel)

        self.chosen = QListWidget(self.chosenPanel)
        self.chosen.setObjectName(u"chosen")

        self.chosenLayout.addWidget(self.chosen)

        self.draft = QGroupBox(self.chosenPanel)
        self.draft.setObjectName(u"draft")
        self.draftForm = QFormLayout(self.draft)
        self.draftForm.setObjectName(u"draftForm")
        self.previewLabel = QLabel(self.draft)
        self.previewLabel.setObjectName(u"previewLabel")

        self.draftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.previewLabel)

        self.preview = QLabel(self.draft)
        self.preview.setObjectName(u"preview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.draftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preview)

        self.ownerLabel = QLabel(self.draft)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.draftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(self.draft)
        self.owner.setObjectName(u"owner")

        self.draftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner)

        self.dueLabel = QLabel(self.draft)
        self.dueLabel.setObjectName(u"dueLabel")

        self.draftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueRow = QVBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.due = DateField(self.draft)
        self.due.setObjectName(u"due")

        self.dueRow.addWidget(self.due)

        self.dueForAll = QPushButton(self.draft)
        self.dueForAll.setObjectName(u"dueForAll")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dueForAll.sizePolicy().hasHeightForWidth())
        self.dueForAll.setSizePolicy(sizePolicy)

        self.dueRow.addWidget(self.dueForAll)


        self.draftForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dueRow)

        self.measurableLabel = QLabel(self.draft)
        self.measurableLabel.setObjectName(u"measurableLabel")

        self.draftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.measurableLabel)

        self.measurable = QPlainTextEdit(self.draft)
        self.measurable.setObjectName(u"measurable")
        self.measurable.setMaximumSize(QSize(16777215, 60))
        self.measurable.setTabChangesFocus(True)

        self.draftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.measurable)

        self.achievableLabel = QLabel(self.draft)
        self.achievableLabel.setObjectName(u"achievableLabel")

        self.draftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.achievableLabel)

        self.achievable = QPlainTextEdit(self.draft)
        self.achievable.setObjectName(u"achievable")
        self.achievable.setMaximumSize(QSize(16777215, 60))
        self.achievable.setTabChangesFocus(True)

        self.draftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.achievable)

        self.relevantLabel = QLabel(self.draft)
        self.relevantLabel.setObjectName(u"relevantLabel")

        self.draftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relevantLabel)

        self.relevant = QPlainTextEdit(self.draft)
        self.relevant.setObjectName(u"relevant")
        self.relevant.setMaximumSize(QSize(16777215, 60))
        self.relevant.setTabChangesFocus(True)

        self.draftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relevant)

        self.timeboundLabel = QLabel(self.draft)
        self.timeboundLabel.setObjectName(u"timeboundLabel")

        self.draftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timeboundLabel)

        self.timebound = QLineEdit(self.draft)
        self.timebound.setObjectName(u"timebound")

        self.draftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.timebound)


        self.chosenLayout.addWidget(self.draft)

        self.chosenLayout.setStretch(1, 1)
        self.splitter.addWidget(self.chosenPanel)

        self.layout.addWidget(self.splitter)

        self.message = QLabel(TacticPicker)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(TacticPicker)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.strandLabel.setBuddy(self.strand)
        self.areaLabel.setBuddy(self.area)
        self.agencyLabel.setBuddy(self.agency)
        self.wordsLabel.setBuddy(self.words)
        self.chosenLabel.setBuddy(self.chosen)
        self.ownerLabel.setBuddy(self.owner)
        self.dueLabel.setBuddy(self.due)
        self.measurableLabel.setBuddy(self.measurable)
        self.achievableLabel.setBuddy(self.achievable)
        self.relevantLabel.setBuddy(self.relevant)
        self.timeboundLabel.setBuddy(self.timebound)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.strand, self.area)
        QWidget.setTabOrder(self.area, self.agency)
        QWidget.setTabOrder(self.agency, self.words)
        QWidget.setTabOrder(self.words, self.tactics)
        QWidget.setTabOrder(self.tactics, self.chosen)
        QWidget.setTabOrder(self.chosen, self.owner)
        QWidget.setTabOrder(self.owner, self.due)
        QWidget.setTabOrder(self.due, self.dueForAll)
        QWidget.setTabOrder(self.dueForAll, self.measurable)
        QWidget.setTabOrder(self.measurable, self.achievable)
        QWidget.setTabOrder(self.achievable, self.relevant)
        QWidget.setTabOrder(self.relevant, self.timebound)
        QWidget.setTabOrder(self.timebound, self.buttons)

        self.retranslateUi(TacticPicker)
    # setupUi

    def retranslateUi(self, TacticPicker):
        TacticPicker.setWindowTitle(QCoreApplication.translate("TacticPicker", u"Add tactics from the library", None))
        self.intro.setText("")
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("TacticPicker", u"What this does", None))
#endif // QT_CONFIG(accessibility)
        self.strandLabel.setText(QCoreApplication.translate("TacticPicker", u"&Strand:", None))
#if QT_CONFIG(accessibility)
        self.strand.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Strand", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("TacticPicker", u"&Lifestyle area:", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Lifestyle area", None))
#endif // QT_CONFIG(accessibility)
        self.agencyLabel.setText(QCoreApplication.translate("TacticPicker", u"A&gency:", None))
#if QT_CONFIG(accessibility)
        self.agency.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Default owner agency", None))
#endif // QT_CONFIG(accessibility)
        self.wordsLabel.setText(QCoreApplication.translate("TacticPicker", u"&Words:", None))
        self.words.setPlaceholderText(QCoreApplication.translate("TacticPicker", u"in the tactic, its legislation or owner", None))
#if QT_CONFIG(accessibility)
        self.words.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Words to find", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tactics.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Tactics: tick those to add (Space)", None))
#endif // QT_CONFIG(accessibility)
        self.chosenLabel.setText(QCoreApplication.translate("TacticPicker", u"&Chosen tactics:", None))
#if QT_CONFIG(accessibility)
        self.chosen.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Chosen tactics", None))
#endif // QT_CONFIG(accessibility)
        self.draft.setTitle(QCoreApplication.translate("TacticPicker", u"The chosen tactic, as it will be added", None))
        self.previewLabel.setText(QCoreApplication.translate("TacticPicker", u"Specific:", None))
        self.preview.setText("")
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Specific, with the threat's reference filled in", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("TacticPicker", u"&Owner agency:", None))
#if QT_CONFIG(accessibility)
        self.owner.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Owner agency", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("TacticPicker", u"&Due date:", None))
#if QT_CONFIG(accessibility)
        self.due.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.dueForAll.setText(QCoreApplication.translate("TacticPicker", u"This date for &every ticked tactic", None))
#if QT_CONFIG(tooltip)
        self.dueForAll.setToolTip(QCoreApplication.translate("TacticPicker", u"Give every ticked tactic this due date; each can still be changed on its own", None))
#endif // QT_CONFIG(tooltip)
        self.measurableLabel.setText(QCoreApplication.translate("TacticPicker", u"&Measurable:", None))
#if QT_CONFIG(accessibility)
        self.measurable.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Measurable", None))
#endif // QT_CONFIG(accessibility)
        self.achievableLabel.setText(QCoreApplication.translate("TacticPicker", u"Ac&hievable:", None))
#if QT_CONFIG(accessibility)
        self.achievable.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Achievable", None))
#endif // QT_CONFIG(accessibility)
        self.relevantLabel.setText(QCoreApplication.translate("TacticPicker", u"Relevan&t:", None))
#if QT_CONFIG(accessibility)
        self.relevant.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Relevant", None))
#endif // QT_CONFIG(accessibility)
        self.timeboundLabel.setText(QCoreApplication.translate("TacticPicker", u"Time&bound:", None))
        self.timebound.setPlaceholderText(QCoreApplication.translate("TacticPicker", u"e.g. by the next board meeting", None))
#if QT_CONFIG(accessibility)
        self.timebound.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Timebound", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("TacticPicker", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

