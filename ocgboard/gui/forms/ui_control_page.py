# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'control_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ControlPage(object):
    def setupUi(self, ControlPage):
        if not ControlPage.objectName():
            ControlPage.setObjectName(u"ControlPage")
        ControlPage.resize(1000, 680)
        self.layout = QVBoxLayout(ControlPage)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(ControlPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)

        self.strategyLabel = QLabel(ControlPage)
        self.strategyLabel.setObjectName(u"strategyLabel")

        self.top.addWidget(self.strategyLabel)

        self.strategy = QComboBox(ControlPage)
        self.strategy.setObjectName(u"strategy")
        self.strategy.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.top.addWidget(self.strategy)


        self.layout.addLayout(self.top)

        self.summary = QLabel(ControlPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.summary)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addBattle = QPushButton(ControlPage)
        self.addBattle.setObjectName(u"addBattle")

        self.buttons.addWidget(self.addBattle)

        self.rewordBattle = QPushButton(ControlPage)
        self.rewordBattle.setObjectName(u"rewordBattle")

        self.buttons.addWidget(self.rewordBattle)

        self.withdrawBattle = QPushButton(ControlPage)
        self.withdrawBattle.setObjectName(u"withdrawBattle")

        self.buttons.addWidget(self.withdrawBattle)

        self.editArea = QPushButton(ControlPage)
        self.editArea.setObjectName(u"editArea")

        self.buttons.addWidget(self.editArea)

        self.readOnly = QLabel(ControlPage)
        self.readOnly.setObjectName(u"readOnly")

        self.buttons.addWidget(self.readOnly)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.editStrategy = QPushButton(ControlPage)
        self.editStrategy.setObjectName(u"editStrategy")

        self.buttons.addWidget(self.editStrategy)

        self.adopt = QPushButton(ControlPage)
        self.adopt.setObjectName(u"adopt")

        self.buttons.addWidget(self.adopt)


        self.layout.addLayout(self.buttons)

        self.splitter = QSplitter(ControlPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.areas = QTreeWidget(self.splitter)
        self.areas.setObjectName(u"areas")
        self.areas.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areas.setAlternatingRowColors(True)
        self.areas.setWordWrap(True)
        self.areas.setUniformRowHeights(False)
        self.areas.setColumnCount(2)
        self.splitter.addWidget(self.areas)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.battle = QLabel(self.detail)
        self.battle.setObjectName(u"battle")
        self.battle.setWordWrap(True)
        self.battle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.battle)

        self.work = QTableView(self.detail)
        self.work.setObjectName(u"work")
        self.work.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.work.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.work.setAlternatingRowColors(True)
        self.work.setWordWrap(True)

        self.detailLayout.addWidget(self.work)

        self.adriftBox = QGroupBox(self.detail)
        self.adriftBox.setObjectName(u"adriftBox")
        self.adriftLayout = QVBoxLayout(self.adriftBox)
        self.adriftLayout.setObjectName(u"adriftLayout")
        self.adrift = QTableView(self.adriftBox)
        self.adrift.setObjectName(u"adrift")
        self.adrift.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.adrift.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.adrift.setAlternatingRowColors(True)
        self.adrift.setWordWrap(True)

        self.adriftLayout.addWidget(self.adrift)


        self.detailLayout.addWidget(self.adriftBox)

        self.prioritiesBox = QGroupBox(self.detail)
        self.prioritiesBox.setObjectName(u"prioritiesBox")
        self.prioritiesLayout = QVBoxLayout(self.prioritiesBox)
        self.prioritiesLayout.setObjectName(u"prioritiesLayout")
        self.priorities = QListWidget(self.prioritiesBox)
        self.priorities.setObjectName(u"priorities")
        self.priorities.setWordWrap(True)
        self.priorities.setAlternatingRowColors(True)
        self.priorities.setMaximumSize(QSize(16777215, 140))

        self.prioritiesLayout.addWidget(self.priorities)

        self.priorityButtons = QHBoxLayout()
        self.priorityButtons.setObjectName(u"priorityButtons")
        self.addPriority = QPushButton(self.prioritiesBox)
        self.addPriority.setObjectName(u"addPriority")

        self.priorityButtons.addWidget(self.addPriority)

        self.rewordPriority = QPushButton(self.prioritiesBox)
        self.rewordPriority.setObjectName(u"rewordPriority")

        self.priorityButtons.addWidget(self.rewordPriority)

        self.withdrawPriority = QPushButton(self.prioritiesBox)
        self.withdrawPriority.setObjectName(u"withdrawPriority")

        self.priorityButtons.addWidget(self.withdrawPriority)

        self.priorityButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.priorityButtons.addItem(self.priorityButtonsSpacer)


        self.prioritiesLayout.addLayout(self.priorityButtons)


        self.detailLayout.addWidget(self.prioritiesBox)

        self.detailLayout.setStretch(1, 1)
        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.strategyLabel.setBuddy(self.strategy)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.strategy, self.addBattle)
        QWidget.setTabOrder(self.addBattle, self.rewordBattle)
        QWidget.setTabOrder(self.rewordBattle, self.withdrawBattle)
        QWidget.setTabOrder(self.withdrawBattle, self.editArea)
        QWidget.setTabOrder(self.editArea, self.editStrategy)
        QWidget.setTabOrder(self.editStrategy, self.adopt)
        QWidget.setTabOrder(self.adopt, self.areas)
        QWidget.setTabOrder(self.areas, self.work)
        QWidget.setTabOrder(self.work, self.adrift)
        QWidget.setTabOrder(self.adrift, self.priorities)
        QWidget.setTabOrder(self.priorities, self.addPriority)
        QWidget.setTabOrder(self.addPriority, self.rewordPriority)
        QWidget.setTabOrder(self.rewordPriority, self.withdrawPriority)

        self.retranslateUi(ControlPage)
    # setupUi

    def retranslateUi(self, ControlPage):
#if QT_CONFIG(accessibility)
        ControlPage.setAccessibleName(QCoreApplication.translate("ControlPage", u"Control strategy", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("ControlPage", u"<h2>Control strategy</h2>", None))
        self.strategyLabel.setText(QCoreApplication.translate("ControlPage", u"&Strategy:", None))
#if QT_CONFIG(accessibility)
        self.strategy.setAccessibleName(QCoreApplication.translate("ControlPage", u"Strategy shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.strategy.setToolTip(QCoreApplication.translate("ControlPage", u"The strategy in force, or an older one to read for the record", None))
#endif // QT_CONFIG(tooltip)
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ControlPage", u"The strategy: title, dates, aim and themes", None))
#endif // QT_CONFIG(accessibility)
        self.addBattle.setText(QCoreApplication.translate("ControlPage", u"Add &battle\u2026", None))
#if QT_CONFIG(tooltip)
        self.addBattle.setToolTip(QCoreApplication.translate("ControlPage", u"Add a must-win battle to the selected threat area (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addBattle.setAccessibleName(QCoreApplication.translate("ControlPage", u"Add a must-win battle", None))
#endif // QT_CONFIG(accessibility)
        self.rewordBattle.setText(QCoreApplication.translate("ControlPage", u"&Reword\u2026", None))
#if QT_CONFIG(tooltip)
        self.rewordBattle.setToolTip(QCoreApplication.translate("ControlPage", u"Reword the selected must-win battle (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rewordBattle.setAccessibleName(QCoreApplication.translate("ControlPage", u"Reword the selected must-win battle", None))
#endif // QT_CONFIG(accessibility)
        self.withdrawBattle.setText(QCoreApplication.translate("ControlPage", u"&Withdraw\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawBattle.setToolTip(QCoreApplication.translate("ControlPage", u"Strike the selected must-win battle from the strategy", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.withdrawBattle.setAccessibleName(QCoreApplication.translate("ControlPage", u"Withdraw the selected must-win battle", None))
#endif // QT_CONFIG(accessibility)
        self.editArea.setText(QCoreApplication.translate("ControlPage", u"Edit &threat area\u2026", None))
#if QT_CONFIG(tooltip)
        self.editArea.setToolTip(QCoreApplication.translate("ControlPage", u"Change the selected threat area's management model, group or theme", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editArea.setAccessibleName(QCoreApplication.translate("ControlPage", u"Edit the selected threat area", None))
#endif // QT_CONFIG(accessibility)
        self.readOnly.setText("")
#if QT_CONFIG(accessibility)
        self.readOnly.setAccessibleName(QCoreApplication.translate("ControlPage", u"Why the strategy cannot be edited", None))
#endif // QT_CONFIG(accessibility)
        self.editStrategy.setText(QCoreApplication.translate("ControlPage", u"Edit strateg&y\u2026", None))
#if QT_CONFIG(tooltip)
        self.editStrategy.setToolTip(QCoreApplication.translate("ControlPage", u"Change the strategy's title, aim or themes", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editStrategy.setAccessibleName(QCoreApplication.translate("ControlPage", u"Edit the strategy's title, aim and themes", None))
#endif // QT_CONFIG(accessibility)
        self.adopt.setText(QCoreApplication.translate("ControlPage", u"&Adopt a new strategy\u2026", None))
#if QT_CONFIG(tooltip)
        self.adopt.setToolTip(QCoreApplication.translate("ControlPage", u"After a new strategic assessment: a new strategy, starting as a copy of this one, which is kept for the record", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.adopt.setAccessibleName(QCoreApplication.translate("ControlPage", u"Adopt a new control strategy", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.areas.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ControlPage", u"Live work serving it", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ControlPage", u"Threat area (management model) and its must-win battles", None))
#if QT_CONFIG(accessibility)
        self.areas.setAccessibleName(QCoreApplication.translate("ControlPage", u"Threat areas and their must-win battles", None))
#endif // QT_CONFIG(accessibility)
        self.battle.setText("")
#if QT_CONFIG(accessibility)
        self.battle.setAccessibleName(QCoreApplication.translate("ControlPage", u"The selected must-win battle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.work.setAccessibleName(QCoreApplication.translate("ControlPage", u"Live work serving the selected battle", None))
#endif // QT_CONFIG(accessibility)
        self.adriftBox.setTitle(QCoreApplication.translate("ControlPage", u"Work on a battle no longer in the strategy", None))
#if QT_CONFIG(accessibility)
        self.adrift.setAccessibleName(QCoreApplication.translate("ControlPage", u"Live work on a battle no longer in the strategy", None))
#endif // QT_CONFIG(accessibility)
        self.prioritiesBox.setTitle(QCoreApplication.translate("ControlPage", u"Local priorities", None))
#if QT_CONFIG(accessibility)
        self.priorities.setAccessibleName(QCoreApplication.translate("ControlPage", u"Local priorities", None))
#endif // QT_CONFIG(accessibility)
        self.addPriority.setText(QCoreApplication.translate("ControlPage", u"Add &priority\u2026", None))
#if QT_CONFIG(tooltip)
        self.addPriority.setToolTip(QCoreApplication.translate("ControlPage", u"Add a local priority, last", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addPriority.setAccessibleName(QCoreApplication.translate("ControlPage", u"Add a local priority", None))
#endif // QT_CONFIG(accessibility)
        self.rewordPriority.setText(QCoreApplication.translate("ControlPage", u"Rewor&d\u2026", None))
#if QT_CONFIG(tooltip)
        self.rewordPriority.setToolTip(QCoreApplication.translate("ControlPage", u"Reword the selected local priority", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rewordPriority.setAccessibleName(QCoreApplication.translate("ControlPage", u"Reword the selected local priority", None))
#endif // QT_CONFIG(accessibility)
        self.withdrawPriority.setText(QCoreApplication.translate("ControlPage", u"Re&move\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawPriority.setToolTip(QCoreApplication.translate("ControlPage", u"Strike the selected local priority from the strategy", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.withdrawPriority.setAccessibleName(QCoreApplication.translate("ControlPage", u"Remove the selected local priority", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

