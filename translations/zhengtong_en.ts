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
    <message>
        <source>A seal can only be placed on the page when approving.</source>
        <translation>A seal can only be placed on the page when approving.</translation>
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
    <message>
        <source>Choose your seal image before sealing.</source>
        <translation>Choose your seal image before sealing.</translation>
    </message>
    <message>
        <source>The attachment is not available.</source>
        <translation>The attachment is not available.</translation>
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
    <name>zt::approval::BundleTexts</name>
    <message>
        <source>The bundle is damaged: its document, body or chain is missing.</source>
        <translation>The bundle is damaged: its document, body or chain is missing.</translation>
    </message>
    <message>
        <source>The bundle is damaged: action %1 cannot be read.</source>
        <translation>The bundle is damaged: action %1 cannot be read.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the document has no id or body fingerprint.</source>
        <translation>The bundle is damaged: the document has no id or body fingerprint.</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>signature verified</translation>
    </message>
    <message>
        <source>signed with a key the bundle does not bind to this person</source>
        <translation>signed with a key the bundle does not bind to this person</translation>
    </message>
    <message>
        <source>the signature does not match what is shown</source>
        <translation>the signature does not match what is shown</translation>
    </message>
    <message>
        <source>the chain is broken: an action before it was removed, inserted or reordered</source>
        <translation>the chain is broken: an action before it was removed, inserted or reordered</translation>
    </message>
    <message>
        <source>signed for another document</source>
        <translation>signed for another document</translation>
    </message>
    <message>
        <source>signed a different document body</source>
        <translation>signed a different document body</translation>
    </message>
    <message>
        <source>its number is not its place in the history</source>
        <translation>its number is not its place in the history</translation>
    </message>
    <message>
        <source>The file is not a Zhengtong export bundle (not valid JSON).</source>
        <translation>The file is not a Zhengtong export bundle (not valid JSON).</translation>
    </message>
    <message>
        <source>The file is not a Zhengtong export bundle.</source>
        <translation>The file is not a Zhengtong export bundle.</translation>
    </message>
    <message>
        <source>The bundle has version %1; this program reads version %2.</source>
        <translation>The bundle has version %1; this program reads version %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file is too large to be a Zhengtong export bundle.</source>
        <translation>The file is too large to be a Zhengtong export bundle.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its seal images cannot be read.</source>
        <translation>The bundle is damaged: its seal images cannot be read.</translation>
    </message>
    <message>
        <source>seal image matches the fingerprint the signature covers</source>
        <translation>seal image matches the fingerprint the signature covers</translation>
    </message>
    <message>
        <source>seal image not in the bundle (the placement is still signed)</source>
        <translation>seal image not in the bundle (the placement is still signed)</translation>
    </message>
    <message>
        <source>seal image is NOT the one the signature covers</source>
        <translation>seal image is NOT the one the signature covers</translation>
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
    <message>
        <source>Your seal image did not reach the server; your sealed approval was not recorded. Choose your seal again and approve again.</source>
        <translation>Your seal image did not reach the server; your sealed approval was not recorded. Choose your seal again and approve again.</translation>
    </message>
    <message>
        <source>Only its author may remove an annotation.</source>
        <translation>Only its author may remove an annotation.</translation>
    </message>
    <message>
        <source>This document has reached its limit of annotations; yours was not saved.</source>
        <translation>This document has reached its limit of annotations; yours was not saved.</translation>
    </message>
</context>
<context>
    <name>zt::approval::ExportTexts</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>The export could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported; all %n action(s) verified.</source>
        <translation>
            <numerusform>Exported; %n action verified.</numerusform>
            <numerusform>Exported; all %n actions verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but the document does not verify completely; see the report.</source>
        <translation>Exported, but the document does not verify completely; see the report.</translation>
    </message>
    <message>
        <source>Open the document before exporting it.</source>
        <translation>Open the document before exporting it.</translation>
    </message>
    <message>
        <source>No sealed copy was made: %1</source>
        <translation>No sealed copy was made: %1</translation>
    </message>
</context>
<context>
    <name>zt::approval::MarksQueue</name>
    <message>
        <source>This annotation cannot be saved (empty note, or a position outside the page).</source>
        <translation>This annotation cannot be saved (empty note, or a position outside the page).</translation>
    </message>
    <message>
        <source>Open the document once while online before annotating.</source>
        <translation>Open the document once while online before annotating.</translation>
    </message>
    <message>
        <source>Cannot save your annotation: %1</source>
        <translation>Cannot save your annotation: %1</translation>
    </message>
    <message>
        <source>A seal must be a PNG image of at most 64 KiB and 1024×1024 pixels.</source>
        <translation>A seal must be a PNG image of at most 64 KiB and 1024×1024 pixels.</translation>
    </message>
    <message>
        <source>Cannot save your seal image: %1</source>
        <translation>Cannot save your seal image: %1</translation>
    </message>
</context>
<context>
    <name>zt::approval::ReportTexts</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Return to step %1</source>
        <translation>Return to step %1</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <translation>Delegate to %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>matches the fingerprint every signature covers</source>
        <translation>matches the fingerprint every signature covers</translation>
    </message>
    <message>
        <source>does NOT match the document&apos;s fingerprint</source>
        <translation>does NOT match the document&apos;s fingerprint</translation>
    </message>
    <message>
        <source>complete: ends at the last signature recorded at export</source>
        <translation>complete: ends at the last signature recorded at export</translation>
    </message>
    <message>
        <source>NOT complete: actions were removed or added after export</source>
        <translation>NOT complete: actions were removed or added after export</translation>
    </message>
    <message numerus="yes">
        <source>VERIFIED: all %n action(s) are signed and unaltered.</source>
        <translation>
            <numerusform>VERIFIED: %n action is signed and unaltered.</numerusform>
            <numerusform>VERIFIED: all %n actions are signed and unaltered.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1, at (%2, %3), width %4</source>
        <translation>page %1, at (%2, %3), width %4</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Issuing unit</source>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>Security level</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Body SM3</source>
        <translation>Body SM3</translation>
    </message>
    <message>
        <source>Body SHA-256</source>
        <translation>Body SHA-256</translation>
    </message>
    <message>
        <source>Body status</source>
        <translation>Body status</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Signed actions</source>
        <translation>Signed actions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Seals placed</source>
        <translation>Seals placed</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Public keys are those the bundle carries; compare the fingerprints with the ones published for these people to rule out a re-signed copy.</source>
        <translation>Public keys are those the bundle carries; compare the fingerprints with the ones published for these people to rule out a re-signed copy.</translation>
    </message>
    <message>
        <source>document %1 &quot;%2&quot; %3</source>
        <translation>document %1 &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>body: %1 bytes, SM3 %2 %3 %4</source>
        <translation>body: %1 bytes, SM3 %2 %3 %4</translation>
    </message>
    <message>
        <source>history: %1 %2</source>
        <translation>history: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n seal image(s) missing.</source>
        <translation>
            <numerusform>Warning: %n seal image missing.</numerusform>
            <numerusform>Warning: %n seal images missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1 of %2 action(s) failed; body %3; history %4; seal images %5.</source>
        <translation>NOT VERIFIED: %1 of %2 action(s) failed; body %3; history %4; seal images %5.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>Embedded seal images that are not the image their name says: %1</source>
        <translation>Embedded seal images that are not the image their name says: %1</translation>
    </message>
    <message>
        <source>   seal of #%1: %2  %3 %4</source>
        <translation>   seal of #%1: %2  %3 %4</translation>
    </message>
    <message>
        <source>seal image %1: %2 not the image its name says</source>
        <translation>seal image %1: %2 not the image its name says</translation>
    </message>
</context>
<context>
    <name>zt::approval::SealedPdfTexts</name>
    <message>
        <source>the document&apos;s PDF is protected by a password</source>
        <translation>the document&apos;s PDF is protected by a password</translation>
    </message>
    <message>
        <source>the document&apos;s PDF is damaged or not a PDF</source>
        <translation>the document&apos;s PDF is damaged or not a PDF</translation>
    </message>
    <message>
        <source>%1 (copy with seals)</source>
        <translation>%1 (copy with seals)</translation>
    </message>
    <message>
        <source>page %1 of the document&apos;s PDF cannot be rendered</source>
        <translation>page %1 of the document&apos;s PDF cannot be rendered</translation>
    </message>
    <message>
        <source>the sealed copy cannot be written</source>
        <translation>the sealed copy cannot be written</translation>
    </message>
</context>
<context>
    <name>zt::chat::DingService</name>
    <message>
        <source>The DING could not be saved on this computer.</source>
        <translation>The DING could not be saved on this computer.</translation>
    </message>
</context>
<context>
    <name>zt::chat::Messenger</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>The change could not be saved on this computer.</translation>
    </message>
</context>
<context>
    <name>zt::chat::Refusal</name>
    <message>
        <source>Only the group owner or an admin may do this.</source>
        <translation>Only the group owner or an admin may do this.</translation>
    </message>
    <message>
        <source>Only the group owner may do this.</source>
        <translation>Only the group owner may do this.</translation>
    </message>
    <message>
        <source>The group owner cannot be removed.</source>
        <translation>The group owner cannot be removed.</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed.</source>
        <translation>The owner&apos;s role cannot be changed.</translation>
    </message>
    <message>
        <source>This does not apply to a one-to-one chat.</source>
        <translation>This does not apply to a one-to-one chat.</translation>
    </message>
    <message>
        <source>Only the sender may recall a message.</source>
        <translation>Only the sender may recall a message.</translation>
    </message>
    <message>
        <source>Only the owner or an admin may mention everyone.</source>
        <translation>Only the owner or an admin may mention everyone.</translation>
    </message>
    <message>
        <source>Messages can only be recalled within 2 minutes of sending.</source>
        <translation>Messages can only be recalled within 2 minutes of sending.</translation>
    </message>
    <message>
        <source>The group has reached its member limit.</source>
        <translation>The group has reached its member limit.</translation>
    </message>
    <message>
        <source>This scheduled DING has not been sent yet.</source>
        <translation>This scheduled DING has not been sent yet.</translation>
    </message>
    <message>
        <source>A DING can be sent again at most every 5 minutes.</source>
        <translation>A DING can be sent again at most every 5 minutes.</translation>
    </message>
    <message>
        <source>The conversation or message no longer exists, or you are no longer a member.</source>
        <translation>The conversation or message no longer exists, or you are no longer a member.</translation>
    </message>
    <message>
        <source>The server did not accept this input.</source>
        <translation>The server did not accept this input.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>The server refused this change.</translation>
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
    <name>zt::ui::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional, e.g. “Agreed.”</source>
        <translation>Optional, e.g. “Agreed.”</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>&amp;Opinion:</translation>
    </message>
    <message>
        <source>Return &amp;to:</source>
        <translation>Return &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Delegate to:</source>
        <translation>&amp;Delegate to:</translation>
    </message>
    <message>
        <source>Withdrawing ends the workflow; the document cannot be acted on afterwards.</source>
        <translation>Withdrawing ends the workflow; the document cannot be acted on afterwards.</translation>
    </message>
    <message>
        <source>Step to return to</source>
        <translation>Step to return to</translation>
    </message>
    <message>
        <source>&amp;Choose a person…</source>
        <translation>&amp;Choose a person…</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message>
        <source>Delegate to</source>
        <translation>Delegate to</translation>
    </message>
    <message>
        <source>%1 has no account and cannot act on documents.</source>
        <translation>%1 has no account and cannot act on documents.</translation>
    </message>
    <message>
        <source>The opinion is too long (at most %1 characters).</source>
        <translation>The opinion is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>&amp;Place my seal on the document</source>
        <translation>&amp;Place my seal on the document</translation>
    </message>
    <message>
        <source>Place my seal…</source>
        <translation>Place my seal…</translation>
    </message>
    <message>
        <source>After OK, click where your seal goes on a page</source>
        <translation>After OK, click where your seal goes on a page</translation>
    </message>
    <message>
        <source>Choose your seal image first (More ▸ Choose my seal image…)</source>
        <translation>Choose your seal image first (More ▸ Choose my seal image…)</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalNotice</name>
    <message>
        <source>Approval notice</source>
        <translation>Approval notice</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Dismiss the notice</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalPane</name>
    <message>
        <source>Available &amp;offline</source>
        <translation>Available &amp;offline</translation>
    </message>
    <message>
        <source>Inbox views</source>
        <translation>Inbox views</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Choose a document on the left.</source>
        <translation>Choose a document on the left.</translation>
    </message>
    <message>
        <source>Keep the body and history on this computer, encrypted, to read and act on the document without a network</source>
        <translation>Keep the body and history on this computer, encrypted, to read and act on the document without a network</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>The list could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading the document… %1%</source>
        <translation>Loading the document… %1%</translation>
    </message>
    <message>
        <source>The document body is unavailable: %1</source>
        <translation>The document body is unavailable: %1</translation>
    </message>
    <message>
        <source>“%1”: your action is signed and waiting to be sent.</source>
        <translation>“%1”: your action is signed and waiting to be sent.</translation>
    </message>
    <message>
        <source>“%1”: your action was recorded.</source>
        <translation>“%1”: your action was recorded.</translation>
    </message>
    <message>
        <source>“%1”: your action was not taken. %2</source>
        <translation>“%1”: your action was not taken. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No documents here.</source>
        <translation>No documents here.</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Loading the document…</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>“%1”: %2 The document now shows what happened.</source>
        <translation>“%1”: %2 The document now shows what happened.</translation>
    </message>
    <message>
        <source>“%1”: not approved — placing the seal was cancelled.</source>
        <translation>“%1”: not approved — placing the seal was cancelled.</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalTexts</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Return to %1</source>
        <translation>Return to %1</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <translation>Delegate to %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Drafted by me</source>
        <translation>Drafted by me</translation>
    </message>
    <message>
        <source>Distributed to me</source>
        <translation>Distributed to me</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Signature valid</translation>
    </message>
    <message>
        <source>Unknown signing key</source>
        <translation>Unknown signing key</translation>
    </message>
    <message>
        <source>The signature does not match the action</source>
        <translation>The signature does not match the action</translation>
    </message>
    <message>
        <source>The history was altered before this action</source>
        <translation>The history was altered before this action</translation>
    </message>
    <message>
        <source>Signed for another document</source>
        <translation>Signed for another document</translation>
    </message>
    <message>
        <source>Signed over another document body</source>
        <translation>Signed over another document body</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalTimeline</name>
    <message>
        <source>Workflow timeline</source>
        <translation>Workflow timeline</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>Pending sync</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Signed on this computer; waiting to be accepted by the server</source>
        <translation>Signed on this computer; waiting to be accepted by the server</translation>
    </message>
</context>
<context>
    <name>zt::ui::AttachmentActions</name>
    <message>
        <source>Attachment saved to %1.</source>
        <translation>Attachment saved to %1.</translation>
    </message>
    <message>
        <source>The attachment could not be opened or saved: %1</source>
        <translation>The attachment could not be opened or saved: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
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
    <name>zt::ui::BundleExporter</name>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <translation>The export failed. %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Export “%1”</translation>
    </message>
    <message>
        <source>Approval bundles (*.json)</source>
        <translation>Approval bundles (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
</context>
<context>
    <name>zt::ui::Composer</name>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Type a message; Enter sends, Shift+Enter starts a new line</source>
        <translation>Type a message; Enter sends, Shift+Enter starts a new line</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancel reply</translation>
    </message>
    <message>
        <source>Reply to: %1</source>
        <translation>Reply to: %1</translation>
    </message>
    <message>
        <source>📎</source>
        <translation>📎</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Send files</translation>
    </message>
    <message>
        <source>Send files (up to 100 MB each); you can also drop them on the messages</source>
        <translation>Send files (up to 100 MB each); you can also drop them on the messages</translation>
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
    <name>zt::ui::ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>[Draft] %1</source>
        <translation>[Draft] %1</translation>
    </message>
    <message>
        <source>[Mentioned you] %1</source>
        <translation>[Mentioned you] %1</translation>
    </message>
    <message>
        <source>📌 %1</source>
        <translation>📌 %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt</source>
        <translation>&amp;Confirm receipt</translation>
    </message>
    <message>
        <source>DING alert</source>
        <translation>DING alert</translation>
    </message>
    <message>
        <source>Mark the DING as read and show where it came from</source>
        <translation>Mark the DING as read and show where it came from</translation>
    </message>
    <message>
        <source>Tell the sender you have received the DING</source>
        <translation>Tell the sender you have received the DING</translation>
    </message>
    <message>
        <source>DING from %1: %2</source>
        <translation>DING from %1: %2</translation>
    </message>
    <message>
        <source>%1 (reminder %2)</source>
        <translation>%1 (reminder %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n more waiting</numerusform>
            <numerusform>%n more waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::DingCenter</name>
    <message>
        <source>DING pages</source>
        <translation>DING pages</translation>
    </message>
    <message>
        <source>&amp;Sent DINGs</source>
        <translation>&amp;Sent DINGs</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>&amp;New DING…</source>
        <translation>&amp;New DING…</translation>
    </message>
    <message>
        <source>Sent DINGs</source>
        <translation>Sent DINGs</translation>
    </message>
    <message>
        <source>Choose a DING on the left to see who has confirmed it.</source>
        <translation>Choose a DING on the left to see who has confirmed it.</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingComposer</name>
    <message>
        <source>DING this message</source>
        <translation>DING this message</translation>
    </message>
    <message>
        <source>New DING</source>
        <translation>New DING</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Every other member of the conversation</source>
        <translation>Every other member of the conversation</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>&amp;Choose people…</source>
        <translation>&amp;Choose people…</translation>
    </message>
    <message>
        <source>DING text</source>
        <translation>DING text</translation>
    </message>
    <message>
        <source>Optional: the message&apos;s text is used</source>
        <translation>Optional: the message&apos;s text is used</translation>
    </message>
    <message>
        <source>What must the recipients confirm?</source>
        <translation>What must the recipients confirm?</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Send &amp;later at</source>
        <translation>Send &amp;later at</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Send at</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>&amp;Attachment:</source>
        <translation>&amp;Attachment:</translation>
    </message>
    <message>
        <source>&amp;Send DING</source>
        <translation>&amp;Send DING</translation>
    </message>
    <message>
        <source>DING: choose recipients</source>
        <translation>DING: choose recipients</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Nobody chosen yet</translation>
    </message>
    <message numerus="yes">
        <source>%n people: %1</source>
        <translation>
            <numerusform>%n person: %1</numerusform>
            <numerusform>%n people: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen without an account cannot receive a DING and were left out.</source>
        <translation>
            <numerusform>%n person chosen without an account cannot receive a DING and was left out.</numerusform>
            <numerusform>%n people chosen without an account cannot receive a DING and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <source>A DING goes to at most %1 people.</source>
        <translation>A DING goes to at most %1 people.</translation>
    </message>
    <message>
        <source>Write what the recipients must confirm.</source>
        <translation>Write what the recipients must confirm.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>The text is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose a time in the future to send the DING later.</source>
        <translation>Choose a time in the future to send the DING later.</translation>
    </message>
    <message>
        <source>The DING could not be saved on this computer. Try again.</source>
        <translation>The DING could not be saved on this computer. Try again.</translation>
    </message>
    <message>
        <source>Optional: one file, at most 100 MB</source>
        <translation>Optional: one file, at most 100 MB</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>The attached file cannot be read.</source>
        <translation>The attached file cannot be read.</translation>
    </message>
    <message>
        <source>The attached file is larger than 100 MB.</source>
        <translation>The attached file is larger than 100 MB.</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingRecipientsModel</name>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>Delivered at</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Read at</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>Confirmed at</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingReportModel</name>
    <message>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Arrival rate</translation>
    </message>
    <message>
        <source>Confirmation rate</source>
        <translation>Confirmation rate</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>Average handling time</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingSentModel</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Waiting to reach the server…</source>
        <translation>Waiting to reach the server…</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Scheduled for %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · to %n people</source>
        <translation>
            <numerusform>%1 · to %n person</numerusform>
            <numerusform>%1 · to %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::DingStatsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>DINGs of the period</source>
        <translation>DINGs of the period</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Arrival rate</translation>
    </message>
    <message>
        <source>Confirmation rate</source>
        <translation>Confirmation rate</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>You sent no DING in this period.</source>
        <translation>You sent no DING in this period.</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingStatusView</name>
    <message>
        <source>&amp;Re-DING the unconfirmed</source>
        <translation>&amp;Re-DING the unconfirmed</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Confirmed %1/%2 · Delivered %3/%2 · Read %4/%2</source>
        <translation>Confirmed %1/%2 · Delivered %3/%2 · Read %4/%2</translation>
    </message>
    <message>
        <source>Choose a DING to see who has confirmed it.</source>
        <translation>Choose a DING to see who has confirmed it.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Waiting to reach the server…</source>
        <translation>Waiting to reach the server…</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Scheduled for %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · reminded %n times</source>
        <translation>
            <numerusform>Sent %1 · reminded %n time</numerusform>
            <numerusform>Sent %1 · reminded %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>The DING has not gone out yet</source>
        <translation>The DING has not gone out yet</translation>
    </message>
    <message>
        <source>Everyone has confirmed</source>
        <translation>Everyone has confirmed</translation>
    </message>
    <message>
        <source>You can re-DING from %1 on</source>
        <translation>You can re-DING from %1 on</translation>
    </message>
    <message>
        <source>Send the DING again to everyone who has not confirmed</source>
        <translation>Send the DING again to everyone who has not confirmed</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingTexts</name>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingUnitChart</name>
    <message>
        <source>Arrival and confirmation rate per unit</source>
        <translation>Arrival and confirmation rate per unit</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Arrival rate (%)</source>
        <translation>Arrival rate (%)</translation>
    </message>
    <message>
        <source>Confirmation rate (%)</source>
        <translation>Confirmation rate (%)</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>No unit</translation>
    </message>
    <message>
        <source>No DINGs in this period</source>
        <translation>No DINGs in this period</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentActionBar</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the document with its signed history and a verification report, for proof without this program</source>
        <translation>Save the document with its signed history and a verification report, for proof without this program</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Choose my &amp;seal image…</source>
        <translation>Choose my &amp;seal image…</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentMarks</name>
    <message>
        <source>Your annotation was not saved. %1</source>
        <translation>Your annotation was not saved. %1</translation>
    </message>
    <message>
        <source>The server refused your annotation: %1</source>
        <translation>The server refused your annotation: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Click on a page to pin a note there</source>
        <translation>Click on a page to pin a note there</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Drag a rectangle on a page to highlight it (Esc to stop)</source>
        <translation>Drag a rectangle on a page to highlight it (Esc to stop)</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Note on page %1:</source>
        <translation>Note on page %1:</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>A note has at most %1 characters.</translation>
    </message>
    <message>
        <source>Your seal can be placed once the document is shown; it was not approved.</source>
        <translation>Your seal can be placed once the document is shown; it was not approved.</translation>
    </message>
    <message>
        <source>Click where your seal goes on the page. Esc cancels the approval.</source>
        <translation>Click where your seal goes on the page. Esc cancels the approval.</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentSidePanel</name>
    <message>
        <source>No attachments</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>Issuing unit:</translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation>Security level:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Drafter:</source>
        <translation>Drafter:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation>Workflow steps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Assignees</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approved by %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) verified</source>
        <translation>
            <numerusform>%n signature verified</numerusform>
            <numerusform>All %n signatures verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) fail verification: the history cannot be trusted</source>
        <translation>
            <numerusform>%n action fails verification: the history cannot be trusted</numerusform>
            <numerusform>%n actions fail verification: the history cannot be trusted</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to open; right-click to save a copy</source>
        <translation>Double-click to open; right-click to save a copy</translation>
    </message>
</context>
<context>
    <name>zt::ui::EmojiPicker</name>
    <message>
        <source>Insert emoji</source>
        <translation>Insert emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>zt::ui::FileActions</name>
    <message>
        <source>The file was not sent: %1</source>
        <translation>The file was not sent: %1</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Save file as</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>Saved “%1” to %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Cannot save “%1”: %2</translation>
    </message>
    <message>
        <source>A file could not be downloaded: %1</source>
        <translation>A file could not be downloaded: %1</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>“%1” could not be downloaded: %2</translation>
    </message>
    <message>
        <source>No application is set up to open “%1”.</source>
        <translation>No application is set up to open “%1”.</translation>
    </message>
</context>
<context>
    <name>zt::ui::FileCardPainter</name>
    <message>
        <source>Failed: %1 · Retry</source>
        <translation>Failed: %1 · Retry</translation>
    </message>
    <message>
        <source>Failed: %1 · Click to try again</source>
        <translation>Failed: %1 · Click to try again</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>Sending %1%</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Downloading %1%</translation>
    </message>
    <message>
        <source>Click to view</source>
        <translation>Click to view</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>zt::ui::FileSender</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>“%1” cannot be read.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>“%1” is %2; files up to %3 can be sent.</source>
        <translation>“%1” is %2; files up to %3 can be sent.</translation>
    </message>
    <message>
        <source>Not signed in: the files were not sent.</source>
        <translation>Not signed in: the files were not sent.</translation>
    </message>
</context>
<context>
    <name>zt::ui::ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
</context>
<context>
    <name>zt::ui::LinkOpener</name>
    <message>
        <source>Open external link</source>
        <translation>Open external link</translation>
    </message>
    <message>
        <source>This link leads to a site outside the government network:

%1

Open it in the browser?</source>
        <translation>This link leads to a site outside the government network:

%1

Open it in the browser?</translation>
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
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <source>A DING is waiting for your confirmation.</source>
        <translation>A DING is waiting for your confirmation.</translation>
    </message>
</context>
<context>
    <name>zt::ui::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>People to mention</translation>
    </message>
    <message>
        <source>All</source>
        <comment>mention everyone in the group: @All</comment>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent: %1 (right-click to retry)</source>
        <translation>Not sent: %1 (right-click to retry)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>All read</source>
        <translation>All read</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::MessageText</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 added %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 removed %2</translation>
    </message>
    <message>
        <source>%1 left the group</source>
        <translation>%1 left the group</translation>
    </message>
    <message>
        <source>The group was changed</source>
        <translation>The group was changed</translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation>You recalled a message</translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>%1 recalled a message</translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation>[File] %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessagesPane</name>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;New group</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Search messages</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>DING…</source>
        <translation>DING…</translation>
    </message>
    <message>
        <source>Read (%1): %2
Not read (%3): %4</source>
        <translation>Read (%1): %2
Not read (%3): %4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>New group: choose members</source>
        <translation>New group: choose members</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Choose a conversation</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n members)</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>Re&amp;call</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>Who has &amp;read it</source>
        <translation>Who has &amp;read it</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <source>Send as &amp;DING…</source>
        <translation>Send as &amp;DING…</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Forward to:</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>No messages found</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Send files</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>zt::ui::NameBook</name>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
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
    <name>zt::ui::PageMarksLayer</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Highlight by %1</source>
        <translation>Highlight by %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
</context>
<context>
    <name>zt::ui::PaneNotice</name>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Close notice</translation>
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
    <name>zt::ui::PdfMarksTool</name>
    <message>
        <source>Add &amp;note here…</source>
        <translation>Add &amp;note here…</translation>
    </message>
    <message>
        <source>&amp;Highlight an area</source>
        <translation>&amp;Highlight an area</translation>
    </message>
    <message>
        <source>&amp;Remove my note</source>
        <translation>&amp;Remove my note</translation>
    </message>
    <message>
        <source>&amp;Remove my highlight</source>
        <translation>&amp;Remove my highlight</translation>
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
    <name>zt::ui::SealImageChooser</name>
    <message>
        <source>Your seal image is set. It is sent with your next sealed approval.</source>
        <translation>Your seal image is set. It is sent with your next sealed approval.</translation>
    </message>
    <message>
        <source>Your seal image was not set. %1</source>
        <translation>Your seal image was not set. %1</translation>
    </message>
    <message>
        <source>The server refused your seal image: %1</source>
        <translation>The server refused your seal image: %1</translation>
    </message>
    <message>
        <source>Choose your seal image</source>
        <translation>Choose your seal image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>“%1” cannot be your seal: choose a PNG image of at most 64 KiB.</source>
        <translation>“%1” cannot be your seal: choose a PNG image of at most 64 KiB.</translation>
    </message>
    <message>
        <source>“%1” cannot be your seal: it must be a PNG image of at most 64 KiB and 1024×1024 pixels.</source>
        <translation>“%1” cannot be your seal: it must be a PNG image of at most 64 KiB and 1024×1024 pixels.</translation>
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
    <name>zt::ui::TransferProgress</name>
    <message>
        <source>the file could not be downloaded</source>
        <translation>the file could not be downloaded</translation>
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
