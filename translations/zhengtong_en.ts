<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>zt::approval::ApprovalActs</name>
    <message>
        <source>Open the document once while online before acting on it.</source>
        <translation>Open the document once while online before acting on it.</translation>
    </message>
    <message>
        <source>An action of yours on this step is already waiting to be sent.</source>
        <translation>An action of yours on this step is already waiting to be sent.</translation>
    </message>
    <message>
        <source>Signing the action failed.</source>
        <translation>Signing the action failed.</translation>
    </message>
    <message>
        <source>Cannot save your action: %1</source>
        <translation>Cannot save your action: %1</translation>
    </message>
</context>
<context>
    <name>zt::approval::ApprovalKeys</name>
    <message>
        <source>Cannot read your signing key from the local store: %1</source>
        <translation>Cannot read your signing key from the local store: %1</translation>
    </message>
    <message>
        <source>The system keychain holding your signing key cannot be read: %1</source>
        <translation>The system keychain holding your signing key cannot be read: %1</translation>
    </message>
    <message>
        <source>Cannot create a signing key on this computer.</source>
        <translation>Cannot create a signing key on this computer.</translation>
    </message>
    <message>
        <source>Cannot store your signing key: %1</source>
        <translation>Cannot store your signing key: %1</translation>
    </message>
</context>
<context>
    <name>zt::approval::ApprovalService</name>
    <message>
        <source>This document is not available offline.</source>
        <translation>This document is not available offline.</translation>
    </message>
    <message>
        <source>The document is no longer available to you.</source>
        <translation>The document is no longer available to you.</translation>
    </message>
    <message>
        <source>Open the document before keeping it offline.</source>
        <translation>Open the document before keeping it offline.</translation>
    </message>
</context>
<context>
    <name>zt::approval::BodyFetcher</name>
    <message>
        <source>The document body has an impossible size.</source>
        <translation>The document body has an impossible size.</translation>
    </message>
    <message>
        <source>The document body could not be downloaded: %1</source>
        <translation>The document body could not be downloaded: %1</translation>
    </message>
    <message>
        <source>The server sent an inconsistent part of the document body.</source>
        <translation>The server sent an inconsistent part of the document body.</translation>
    </message>
    <message>
        <source>The server sent an incomplete document body.</source>
        <translation>The server sent an incomplete document body.</translation>
    </message>
    <message>
        <source>The downloaded document does not match the fingerprint its signatures cover. It was not saved; please try again or contact your administrator.</source>
        <translation>The downloaded document does not match the fingerprint its signatures cover. It was not saved; please try again or contact your administrator.</translation>
    </message>
</context>
<context>
    <name>zt::approval::ConflictMessages</name>
    <message>
        <source>Someone completed this step while you were offline; your approval was not recorded.</source>
        <translation>Someone completed this step while you were offline; your approval was not recorded.</translation>
    </message>
    <message>
        <source>The document moved to another step while you were offline; your action was not recorded.</source>
        <translation>The document moved to another step while you were offline; your action was not recorded.</translation>
    </message>
    <message>
        <source>The document was completed while you were offline; your action was not recorded.</source>
        <translation>The document was completed while you were offline; your action was not recorded.</translation>
    </message>
    <message>
        <source>The document was rejected while you were offline; your action was not recorded.</source>
        <translation>The document was rejected while you were offline; your action was not recorded.</translation>
    </message>
    <message>
        <source>The drafter withdrew the document; your action was not recorded.</source>
        <translation>The drafter withdrew the document; your action was not recorded.</translation>
    </message>
    <message>
        <source>You are no longer an assignee of this step (it may have been delegated or returned); your action was not recorded.</source>
        <translation>You are no longer an assignee of this step (it may have been delegated or returned); your action was not recorded.</translation>
    </message>
    <message>
        <source>It is not your turn in this step yet; your action was not recorded.</source>
        <translation>It is not your turn in this step yet; your action was not recorded.</translation>
    </message>
    <message>
        <source>You have already acted on this step (perhaps on another computer); this action was not recorded again.</source>
        <translation>You have already acted on this step (perhaps on another computer); this action was not recorded again.</translation>
    </message>
    <message>
        <source>Only the drafter may withdraw the document.</source>
        <translation>Only the drafter may withdraw the document.</translation>
    </message>
    <message>
        <source>Others have already acted on the document; it can no longer be withdrawn.</source>
        <translation>Others have already acted on the document; it can no longer be withdrawn.</translation>
    </message>
    <message>
        <source>The chosen step or person is not a valid target any more; your action was not recorded.</source>
        <translation>The chosen step or person is not a valid target any more; your action was not recorded.</translation>
    </message>
    <message>
        <source>The document changed while you were offline; please review the new state and act again.</source>
        <translation>The document changed while you were offline; please review the new state and act again.</translation>
    </message>
    <message>
        <source>Your signing key is not registered with the server; your action was not recorded.</source>
        <translation>Your signing key is not registered with the server; your action was not recorded.</translation>
    </message>
    <message>
        <source>The server could not verify your signature; your action was not recorded.</source>
        <translation>The server could not verify your signature; your action was not recorded.</translation>
    </message>
    <message>
        <source>The document body you signed differs from the server&apos;s; your action was not recorded.</source>
        <translation>The document body you signed differs from the server&apos;s; your action was not recorded.</translation>
    </message>
    <message>
        <source>The document is no longer available to you; your action was not recorded.</source>
        <translation>The document is no longer available to you; your action was not recorded.</translation>
    </message>
    <message>
        <source>The server refused your action (%1); it was not recorded.</source>
        <translation>The server refused your action (%1); it was not recorded.</translation>
    </message>
</context>
<context>
    <name>zt::contacts::DirectoryService</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>zt::core::ClientCore</name>
    <message>
        <source>Your session is not remembered on this computer. Please sign in.</source>
        <translation>Your session is not remembered on this computer. Please sign in.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>Sign-in was refused: %1</translation>
    </message>
    <message>
        <source>This server speaks a different protocol version. Please update Zhengtong. (%1)</source>
        <translation>This server speaks a different protocol version. Please update Zhengtong. (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>The server&apos;s certificate is not trusted: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the local cache is damaged.</source>
        <translation>The passphrase is wrong, or the local cache is damaged.</translation>
    </message>
    <message>
        <source>Cannot open the local cache: %1</source>
        <translation>Cannot open the local cache: %1</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Zhengtong. Please update.</source>
        <translation>The local cache was written by a newer Zhengtong. Please update.</translation>
    </message>
    <message>
        <source>Cannot upgrade the local cache: %1</source>
        <translation>Cannot upgrade the local cache: %1</translation>
    </message>
</context>
<context>
    <name>zt::store::StoreKeyProvider</name>
    <message>
        <source>The key of this account&apos;s local cache is missing from the system keychain. Delete the local cache and sign in again to rebuild it.</source>
        <translation>The key of this account&apos;s local cache is missing from the system keychain. Delete the local cache and sign in again to rebuild it.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>The system keychain could not be read: %1</translation>
    </message>
    <message>
        <source>Cannot write to the profile folder %1.</source>
        <translation>Cannot write to the profile folder %1.</translation>
    </message>
    <message>
        <source>The key settings in %1 are damaged.</source>
        <translation>The key settings in %1 are damaged.</translation>
    </message>
</context>
<context>
    <name>zt::ui::Breadcrumbs</name>
    <message>
        <source>Location in the organisation</source>
        <translation>Location in the organisation</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::ConnectionIndicator</name>
    <message>
        <source>Connection state colour</source>
        <translation>Connection state colour</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>Messages waiting to be sent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::ContactsPane</name>
    <message>
        <source>Search the directory</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, unit or phone</source>
        <translation>Name, pinyin, initials, unit or phone</translation>
    </message>
    <message>
        <source>Directory views</source>
        <translation>Directory views</translation>
    </message>
    <message>
        <source>Organisation tree</source>
        <translation>Organisation tree</translation>
    </message>
    <message>
        <source>Starred contacts</source>
        <translation>Starred contacts</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Recent contacts</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>S&amp;tarred</source>
        <translation>S&amp;tarred</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>Units found</source>
        <translation>Units found</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>My &amp;unit</source>
        <translation>My &amp;unit</translation>
    </message>
    <message>
        <source>Show your own unit in the tree</source>
        <translation>Show your own unit in the tree</translation>
    </message>
    <message>
        <source>Frequent contacts</source>
        <translation>Frequent contacts</translation>
    </message>
    <message>
        <source>&amp;Frequent</source>
        <translation>&amp;Frequent</translation>
    </message>
</context>
<context>
    <name>zt::ui::LoginDialog</name>
    <message>
        <source>Sign in to Zhengtong</source>
        <translation>Sign in to Zhengtong</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Sign-in progress</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the server address and your network connection.</source>
        <translation>Cannot reach the server. Check the server address and your network connection.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted. Check the server address, or ask your administrator for the certificate.</source>
        <translation>The server&apos;s security certificate is not trusted. Check the server address, or ask your administrator for the certificate.</translation>
    </message>
    <message>
        <source>The server uses a different protocol version. Please update Zhengtong.</source>
        <translation>The server uses a different protocol version. Please update Zhengtong.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>Too many attempts. Please wait a moment and try again.</translation>
    </message>
    <message>
        <source>The local message cache on this computer could not be opened.</source>
        <translation>The local message cache on this computer could not be opened.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Sign-in failed.</translation>
    </message>
    <message>
        <source>(Error code: %1)</source>
        <translation>(Error code: %1)</translation>
    </message>
    <message>
        <source>Enter a server address starting with ws:// or wss://.</source>
        <translation>Enter a server address starting with ws:// or wss://.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
</context>
<context>
    <name>zt::ui::MainWindow</name>
    <message>
        <source>Zhengtong</source>
        <translation>Zhengtong</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>%1 — Zhengtong</source>
        <translation>%1 — Zhengtong</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessageListModel</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessagesPane</name>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <source>Conversation partner user ID</source>
        <translation>Conversation partner user ID</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>Type a message and press Enter</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>&amp;Conversation with user ID:</source>
        <translation>&amp;Conversation with user ID:</translation>
    </message>
</context>
<context>
    <name>zt::ui::NavigationRail</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>zt::ui::PassphraseDialog</name>
    <message>
        <source>Local cache passphrase</source>
        <translation>Local cache passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Passphrase error</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This computer has no system keychain. Choose a passphrase to protect the copy of your messages kept on this computer. You will need it every time Zhengtong starts. It cannot be recovered if forgotten.</source>
        <translation>This computer has no system keychain. Choose a passphrase to protect the copy of your messages kept on this computer. You will need it every time Zhengtong starts. It cannot be recovered if forgotten.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects the copy of your messages kept on this computer.</source>
        <translation>Enter the passphrase that protects the copy of your messages kept on this computer.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfPageView</name>
    <message>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfViewer</name>
    <message>
        <source>the data cannot be read</source>
        <translation>the data cannot be read</translation>
    </message>
    <message>
        <source>the file format is not recognised</source>
        <translation>the file format is not recognised</translation>
    </message>
    <message>
        <source>the data is incomplete</source>
        <translation>the data is incomplete</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>Document status</translation>
    </message>
    <message>
        <source>Document tools</source>
        <translation>Document tools</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Search in the document</source>
        <translation>Search in the document</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>The document cannot be opened: %1</source>
        <translation>The document cannot be opened: %1</translation>
    </message>
    <message>
        <source>This document is damaged or not a PDF (%1).</source>
        <translation>This document is damaged or not a PDF (%1).</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be shown.</source>
        <translation>This document is protected by a password and cannot be shown.</translation>
    </message>
    <message>
        <source>This document uses an unsupported security scheme and cannot be shown.</source>
        <translation>This document uses an unsupported security scheme and cannot be shown.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>No hits</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copy the selected text</translation>
    </message>
    <message>
        <source>Copying is not allowed for this document</source>
        <translation>Copying is not allowed for this document</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>zt::ui::PeoplePicker</name>
    <message>
        <source>Choose people</source>
        <translation>Choose people</translation>
    </message>
    <message>
        <source>Search people and units</source>
        <translation>Search people and units</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, unit or phone</source>
        <translation>Name, pinyin, initials, unit or phone</translation>
    </message>
    <message>
        <source>Organisation tree</source>
        <translation>Organisation tree</translation>
    </message>
    <message>
        <source>Units found</source>
        <translation>Units found</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Whole units</source>
        <translation>Whole units</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>C&amp;hosen</source>
        <translation>C&amp;hosen</translation>
    </message>
    <message>
        <source>Chosen people and units</source>
        <translation>Chosen people and units</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Remove the selected entry</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Remove the selected entry (Delete)</translation>
    </message>
    <message>
        <source>Remove &amp;all</source>
        <translation>Remove &amp;all</translation>
    </message>
    <message>
        <source>Remove all chosen entries</source>
        <translation>Remove all chosen entries</translation>
    </message>
    <message>
        <source>Whole units count with all their members; someone chosen both alone and with a unit is counted twice.</source>
        <translation>Whole units count with all their members; someone chosen both alone and with a unit is counted twice.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people selected</source>
        <translation>
            <numerusform>%Ln person selected</numerusform>
            <numerusform>%Ln people selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people selected, more than the limit of %2. Remove some to continue.</source>
        <translation>%1 people selected, more than the limit of %2. Remove some to continue.</translation>
    </message>
</context>
<context>
    <name>zt::ui::PersonCard</name>
    <message>
        <source>Select a person to see their contact card.</source>
        <translation>Select a person to see their contact card.</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>Positions:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Office phone:</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Send a message</translation>
    </message>
    <message>
        <source>&amp;DING</source>
        <translation>&amp;DING</translation>
    </message>
    <message>
        <source>DING (urgent notice)</source>
        <translation>DING (urgent notice)</translation>
    </message>
    <message>
        <source>&amp;Invite to meeting</source>
        <translation>&amp;Invite to meeting</translation>
    </message>
    <message>
        <source>Invite to meeting</source>
        <translation>Invite to meeting</translation>
    </message>
    <message>
        <source>Coming with the messaging/meeting features</source>
        <translation>Coming with the messaging/meeting features</translation>
    </message>
    <message>
        <source>&amp;Copy as vCard</source>
        <translation>&amp;Copy as vCard</translation>
    </message>
    <message>
        <source>Copy as vCard</source>
        <translation>Copy as vCard</translation>
    </message>
    <message>
        <source>Copy this card to the clipboard as a vCard</source>
        <translation>Copy this card to the clipboard as a vCard</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>Avatar of %1</translation>
    </message>
    <message>
        <source>Send %1 a message</source>
        <translation>Send %1 a message</translation>
    </message>
    <message>
        <source>%1 has no Zhengtong account</source>
        <translation>%1 has no Zhengtong account</translation>
    </message>
    <message>
        <source>Mobile number hidden by the directory access policy: full numbers are shown only to colleagues in the same unit.</source>
        <translation>Mobile number hidden by the directory access policy: full numbers are shown only to colleagues in the same unit.</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Unstar</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Star</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Unstar</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <source>Remove from starred contacts</source>
        <translation>Remove from starred contacts</translation>
    </message>
    <message>
        <source>Add to starred contacts</source>
        <translation>Add to starred contacts</translation>
    </message>
</context>
<context>
    <name>zt::ui::PickedList</name>
    <message>
        <source>%1 cannot be chosen here.</source>
        <translation>%1 cannot be chosen here.</translation>
    </message>
    <message>
        <source>%1 cannot be chosen as a whole unit.</source>
        <translation>%1 cannot be chosen as a whole unit.</translation>
    </message>
    <message>
        <source>Only people can be chosen here, not whole units.</source>
        <translation>Only people can be chosen here, not whole units.</translation>
    </message>
    <message>
        <source>Cannot add %1: that would make %2 people, more than the limit of %3.</source>
        <translation>Cannot add %1: that would make %2 people, more than the limit of %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln people)</source>
        <translation>
            <numerusform>%1 (%Ln person)</numerusform>
            <numerusform>%1 (%Ln people)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in this unit and its departments</source>
        <translation>Everyone in this unit and its departments</translation>
    </message>
</context>
<context>
    <name>zt::ui::PickerCheckProxy</name>
    <message>
        <source>%1 cannot be chosen here.</source>
        <translation>%1 cannot be chosen here.</translation>
    </message>
    <message>
        <source>Included with %1</source>
        <translation>Included with %1</translation>
    </message>
    <message numerus="yes">
        <source>Check to choose the whole unit (%Ln people)</source>
        <translation>
            <numerusform>Check to choose the whole unit (%Ln person)</numerusform>
            <numerusform>Check to choose the whole unit (%Ln people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::SearchFilters</name>
    <message>
        <source>Only in the selected &amp;unit</source>
        <translation>Only in the selected &amp;unit</translation>
    </message>
    <message>
        <source>Only in the selected unit</source>
        <translation>Only in the selected unit</translation>
    </message>
    <message>
        <source>Search only inside the unit or region selected in the tree</source>
        <translation>Search only inside the unit or region selected in the tree</translation>
    </message>
    <message>
        <source>Only people working in this line of government</source>
        <translation>Only people working in this line of government</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Only people holding this rank</source>
        <translation>Only people holding this rank</translation>
    </message>
    <message>
        <source>Any rank</source>
        <translation>Any rank</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Only people with this role in their unit</source>
        <translation>Only people with this role in their unit</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Directory admin</source>
        <translation>Directory admin</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>zt::ui::SettingsDialog</name>
    <message>
        <source>S&amp;tart Zhengtong when I log in</source>
        <translation>S&amp;tart Zhengtong when I log in</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>Show &amp;notifications for new messages</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Start at log-in</source>
        <translation>Start at log-in</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Zhengtong starts.</source>
        <translation>A new language takes effect the next time Zhengtong starts.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>zt::ui::ShellController</name>
    <message>
        <source>The local cache stays locked without its passphrase.</source>
        <translation>The local cache stays locked without its passphrase.</translation>
    </message>
</context>
<context>
    <name>zt::ui::TrayIcon</name>
    <message>
        <source>Zhengtong tray menu</source>
        <translation>Zhengtong tray menu</translation>
    </message>
    <message>
        <source>&amp;Show Zhengtong</source>
        <translation>&amp;Show Zhengtong</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Zhengtong</source>
        <translation>Zhengtong</translation>
    </message>
    <message numerus="yes">
        <source>Zhengtong — %n unread</source>
        <translation>
            <numerusform>Zhengtong — %n unread</numerusform>
            <numerusform>Zhengtong — %n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
