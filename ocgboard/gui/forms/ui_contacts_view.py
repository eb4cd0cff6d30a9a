# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ContactsView(object):
    def setupUi(self, ContactsView):
        if not ContactsView.objectName():
            ContactsView.setObjectName(u"ContactsView")
        ContactsView.resize(860, 540)
        self.layout = QVBoxLayout(ContactsView)
        self.layout.setObjectName(u"layout")
        self.cardBox = QGroupBox(ContactsView)
        self.cardBox.setObjectName(u"cardBox")
        self.cardLayout = QGridLayout(self.cardBox)
        self.cardLayout.setObjectName(u"cardLayout")
        self.laptopLabel = QLabel(self.cardBox)
        self.laptopLabel.setObjectName(u"laptopLabel")

        self.cardLayout.addWidget(self.laptopLabel, 0, 0, 1, 1)

        self.laptop = QLabel(self.cardBox)
        self.laptop.setObjectName(u"laptop")
        self.laptop.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.laptop, 0, 1, 1, 1)

        self.fingerprintLabel = QLabel(self.cardBox)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")

        self.cardLayout.addWidget(self.fingerprintLabel, 1, 0, 1, 1)

        self.fingerprint = QLabel(self.cardBox)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.fingerprint, 1, 1, 1, 1)

        self.cardNote = QLabel(self.cardBox)
        self.cardNote.setObjectName(u"cardNote")
        self.cardNote.setWordWrap(True)

        self.cardLayout.addWidget(self.cardNote, 2, 0, 1, 2)

        self.cardButtons = QHBoxLayout()
        self.cardButtons.setObjectName(u"cardButtons")
        self.saveCard = QPushButton(self.cardBox)
        self.saveCard.setObjectName(u"saveCard")

        self.cardButtons.addWidget(self.saveCard)

        self.importCard = QPushButton(self.cardBox)
        self.importCard.setObjectName(u"importCard")

        self.cardButtons.addWidget(self.importCard)

        self.cardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardButtons.addItem(self.cardSpacer)


        self.cardLayout.addLayout(self.cardButtons, 3, 0, 1, 2)

        self.cardLayout.setColumnStretch(1, 1)

        self.layout.addWidget(self.cardBox)

        self.bookBox = QGroupBox(ContactsView)
        self.bookBox.setObjectName(u"bookBox")
        self.bookLayout = QVBoxLayout(self.bookBox)
        self.bookLayout.setObjectName(u"bookLayout")
        self.table = QTableView(self.bookBox)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)

        self.bookLayout.addWidget(self.table)

        self.bookButtons = QHBoxLayout()
        self.bookButtons.setObjectName(u"bookButtons")
        self.bookNote = QLabel(self.bookBox)
        self.bookNote.setObjectName(u"bookNote")
        self.bookNote.setWordWrap(True)

        self.bookButtons.addWidget(self.bookNote)

        self.removeContact = QPushButton(self.bookBox)
        self.removeContact.setObjectName(u"removeContact")

        self.bookButtons.addWidget(self.removeContact)

        self.bookButtons.setStretch(0, 1)

        self.bookLayout.addLayout(self.bookButtons)


        self.layout.addWidget(self.bookBox)

        QWidget.setTabOrder(self.saveCard, self.importCard)
        QWidget.setTabOrder(self.importCard, self.table)
        QWidget.setTabOrder(self.table, self.removeContact)

        self.retranslateUi(ContactsView)
    # setupUi

    def retranslateUi(self, ContactsView):
#if QT_CONFIG(accessibility)
        ContactsView.setAccessibleName(QCoreApplication.translate("ContactsView", u"Contacts and keys", None))
#endif // QT_CONFIG(accessibility)
        self.cardBox.setTitle(QCoreApplication.translate("ContactsView", u"This laptop's card", None))
        self.laptopLabel.setText(QCoreApplication.translate("ContactsView", u"Laptop:", None))
        self.laptop.setText("")
#if QT_CONFIG(accessibility)
        self.laptop.setAccessibleName(QCoreApplication.translate("ContactsView", u"This laptop and its board", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprintLabel.setText(QCoreApplication.translate("ContactsView", u"Fingerprint:", None))
        self.fingerprint.setText("")
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("ContactsView", u"This laptop's fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.cardNote.setText(QCoreApplication.translate("ContactsView", u"Send your card to partners by email; when they receive it, read this fingerprint to them over the phone so they know the card is yours.", None))
        self.saveCard.setText(QCoreApplication.translate("ContactsView", u"&Save my card\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveCard.setAccessibleName(QCoreApplication.translate("ContactsView", u"Save my contact card to a file", None))
#endif // QT_CONFIG(accessibility)
        self.importCard.setText(QCoreApplication.translate("ContactsView", u"Import a car&d\u2026", None))
#if QT_CONFIG(accessibility)
        self.importCard.setAccessibleName(QCoreApplication.translate("ContactsView", u"Import a partner's contact card", None))
#endif // QT_CONFIG(accessibility)
        self.bookBox.setTitle(QCoreApplication.translate("ContactsView", u"Address book", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ContactsView", u"Address book", None))
#endif // QT_CONFIG(accessibility)
        self.bookNote.setText(QCoreApplication.translate("ContactsView", u"Board laptops receive full replicas; an agency's laptop receives only its agency's extract.", None))
        self.removeContact.setText(QCoreApplication.translate("ContactsView", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeContact.setAccessibleName(QCoreApplication.translate("ContactsView", u"Remove the selected contact", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

