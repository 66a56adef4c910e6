<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>zt::approval::ApprovalActs</name>
    <message>
        <source>Open the document once while online before acting on it.</source>
        <translation>請先在聯網時打開一次該公文，再進行辦理。</translation>
    </message>
    <message>
        <source>An action of yours on this step is already waiting to be sent.</source>
        <translation>您在此環節的辦理操作已在等待發送。</translation>
    </message>
    <message>
        <source>Signing the action failed.</source>
        <translation>辦理操作簽名失敗。</translation>
    </message>
    <message>
        <source>Cannot save your action: %1</source>
        <translation>無法保存您的辦理操作：%1</translation>
    </message>
    <message>
        <source>A seal can only be placed on the page when approving.</source>
        <translation>只有在同意時才能在頁面上加蓋印章。</translation>
    </message>
</context>
<context>
    <name>zt::approval::ApprovalKeys</name>
    <message>
        <source>Cannot read your signing key from the local store: %1</source>
        <translation>無法從本地存儲讀取您的簽名密鑰：%1</translation>
    </message>
    <message>
        <source>The system keychain holding your signing key cannot be read: %1</source>
        <translation>無法讀取保存您簽名密鑰的系統鑰匙串：%1</translation>
    </message>
    <message>
        <source>Cannot create a signing key on this computer.</source>
        <translation>無法在此電腦上創建簽名密鑰。</translation>
    </message>
    <message>
        <source>Cannot store your signing key: %1</source>
        <translation>無法保存您的簽名密鑰：%1</translation>
    </message>
</context>
<context>
    <name>zt::approval::ApprovalService</name>
    <message>
        <source>This document is not available offline.</source>
        <translation>此公文未設為離線可用。</translation>
    </message>
    <message>
        <source>The document is no longer available to you.</source>
        <translation>您已無權查看此公文。</translation>
    </message>
    <message>
        <source>Open the document before keeping it offline.</source>
        <translation>請先打開公文，再設為離線可用。</translation>
    </message>
    <message>
        <source>Choose your seal image before sealing.</source>
        <translation>請先選擇您的印章圖片，再蓋章。</translation>
    </message>
    <message>
        <source>The attachment is not available.</source>
        <translation>無法取得該附件。</translation>
    </message>
</context>
<context>
    <name>zt::approval::BodyFetcher</name>
    <message>
        <source>The document body has an impossible size.</source>
        <translation>公文正文大小異常。</translation>
    </message>
    <message>
        <source>The document body could not be downloaded: %1</source>
        <translation>無法下載公文正文：%1</translation>
    </message>
    <message>
        <source>The server sent an inconsistent part of the document body.</source>
        <translation>服務器發送的公文正文片段不一致。</translation>
    </message>
    <message>
        <source>The server sent an incomplete document body.</source>
        <translation>服務器發送的公文正文不完整。</translation>
    </message>
    <message>
        <source>The downloaded document does not match the fingerprint its signatures cover. It was not saved; please try again or contact your administrator.</source>
        <translation>下載的公文與簽名所覆蓋的指紋不一致，未予保存；請重試或聯繫管理員。</translation>
    </message>
</context>
<context>
    <name>zt::approval::BundleTexts</name>
    <message>
        <source>The bundle is damaged: its document, body or chain is missing.</source>
        <translation>匯出包已損毀：缺少公文資訊、正文或簽名鏈。</translation>
    </message>
    <message>
        <source>The bundle is damaged: action %1 cannot be read.</source>
        <translation>匯出包已損毀：無法讀取第 %1 項辦理操作。</translation>
    </message>
    <message>
        <source>The bundle is damaged: the document has no id or body fingerprint.</source>
        <translation>匯出包已損毀：公文缺少 ID 或正文指紋。</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>簽名驗證通過</translation>
    </message>
    <message>
        <source>signed with a key the bundle does not bind to this person</source>
        <translation>簽名所用金鑰在匯出包中未與此人綁定</translation>
    </message>
    <message>
        <source>the signature does not match what is shown</source>
        <translation>簽名與所顯示的內容不符</translation>
    </message>
    <message>
        <source>the chain is broken: an action before it was removed, inserted or reordered</source>
        <translation>簽名鏈已中斷：此前的辦理操作遭刪除、插入或調換了順序</translation>
    </message>
    <message>
        <source>signed for another document</source>
        <translation>簽署的是另一份公文</translation>
    </message>
    <message>
        <source>signed a different document body</source>
        <translation>簽署的是不同的公文正文</translation>
    </message>
    <message>
        <source>its number is not its place in the history</source>
        <translation>其序號與其在辦理紀錄中的位置不符</translation>
    </message>
    <message>
        <source>The file is not a Zhengtong export bundle (not valid JSON).</source>
        <translation>該檔案不是政通匯出包（不是有效的 JSON）。</translation>
    </message>
    <message>
        <source>The file is not a Zhengtong export bundle.</source>
        <translation>該檔案不是政通匯出包。</translation>
    </message>
    <message>
        <source>The bundle has version %1; this program reads version %2.</source>
        <translation>匯出包的版本為 %1，本程式只能讀取版本 %2。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>The file is too large to be a Zhengtong export bundle.</source>
        <translation>該檔案過大，不可能是政通匯出包。</translation>
    </message>
    <message>
        <source>The bundle is damaged: its seal images cannot be read.</source>
        <translation>匯出包已損毀：無法讀取其中的印章圖片。</translation>
    </message>
    <message>
        <source>seal image matches the fingerprint the signature covers</source>
        <translation>印章圖片與簽名所涵蓋的指紋一致</translation>
    </message>
    <message>
        <source>seal image not in the bundle (the placement is still signed)</source>
        <translation>匯出包中缺少印章圖片（蓋章位置仍受簽名保護）</translation>
    </message>
    <message>
        <source>seal image is NOT the one the signature covers</source>
        <translation>印章圖片與簽名所涵蓋的圖片不一致</translation>
    </message>
</context>
<context>
    <name>zt::approval::ConflictMessages</name>
    <message>
        <source>Someone completed this step while you were offline; your approval was not recorded.</source>
        <translation>您離線期間已有人辦結此環節，您的審批未被記錄。</translation>
    </message>
    <message>
        <source>The document moved to another step while you were offline; your action was not recorded.</source>
        <translation>您離線期間公文已流轉到其他環節，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>The document was completed while you were offline; your action was not recorded.</source>
        <translation>您離線期間公文已辦結，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>The document was rejected while you were offline; your action was not recorded.</source>
        <translation>您離線期間公文已被退回否決，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>The drafter withdrew the document; your action was not recorded.</source>
        <translation>擬稿人已撤回公文，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>You are no longer an assignee of this step (it may have been delegated or returned); your action was not recorded.</source>
        <translation>您已不再是此環節的辦理人（可能已被轉辦或退回），您的操作未被記錄。</translation>
    </message>
    <message>
        <source>It is not your turn in this step yet; your action was not recorded.</source>
        <translation>此環節尚未輪到您辦理，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>You have already acted on this step (perhaps on another computer); this action was not recorded again.</source>
        <translation>您已辦理過此環節（可能在另一台電腦上），此次操作不再重復記錄。</translation>
    </message>
    <message>
        <source>Only the drafter may withdraw the document.</source>
        <translation>只有擬稿人可以撤回公文。</translation>
    </message>
    <message>
        <source>Others have already acted on the document; it can no longer be withdrawn.</source>
        <translation>已有他人辦理此公文，無法再撤回。</translation>
    </message>
    <message>
        <source>The chosen step or person is not a valid target any more; your action was not recorded.</source>
        <translation>所選環節或人員已不再有效，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>The document changed while you were offline; please review the new state and act again.</source>
        <translation>您離線期間公文已有變化，請查看最新狀態後重新辦理。</translation>
    </message>
    <message>
        <source>Your signing key is not registered with the server; your action was not recorded.</source>
        <translation>您的簽名密鑰尚未在服務器登記，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>The server could not verify your signature; your action was not recorded.</source>
        <translation>服務器無法驗證您的簽名，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>The document body you signed differs from the server&apos;s; your action was not recorded.</source>
        <translation>您簽署的公文正文與服務器上的不一致，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>The document is no longer available to you; your action was not recorded.</source>
        <translation>您已無權查看此公文，您的操作未被記錄。</translation>
    </message>
    <message>
        <source>The server refused your action (%1); it was not recorded.</source>
        <translation>服務器拒絕了您的操作（%1），未被記錄。</translation>
    </message>
    <message>
        <source>Your seal image did not reach the server; your sealed approval was not recorded. Choose your seal again and approve again.</source>
        <translation>您的印章圖片未能上傳至伺服器，您的蓋章審批未被記錄。請重新選擇印章後再次審批。</translation>
    </message>
    <message>
        <source>Only its author may remove an annotation.</source>
        <translation>只有批註的作者才能刪除該批註。</translation>
    </message>
    <message>
        <source>This document has reached its limit of annotations; yours was not saved.</source>
        <translation>此公文的批註數量已達上限，您的批註未儲存。</translation>
    </message>
</context>
<context>
    <name>zt::approval::ExportTexts</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported; all %n action(s) verified.</source>
        <translation>
            <numerusform>已匯出；全部 %n 項辦理操作均驗證通過。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but the document does not verify completely; see the report.</source>
        <translation>已匯出，但公文未能完全通過驗證，請檢視驗證報告。</translation>
    </message>
    <message>
        <source>Open the document before exporting it.</source>
        <translation>請先開啟公文，再匯出。</translation>
    </message>
    <message>
        <source>No sealed copy was made: %1</source>
        <translation>未產生蓋章副本：%1</translation>
    </message>
</context>
<context>
    <name>zt::approval::MarksQueue</name>
    <message>
        <source>This annotation cannot be saved (empty note, or a position outside the page).</source>
        <translation>無法儲存此批註（批註內容為空，或位置超出頁面）。</translation>
    </message>
    <message>
        <source>Open the document once while online before annotating.</source>
        <translation>請先在連線時開啟一次該公文，再新增批註。</translation>
    </message>
    <message>
        <source>Cannot save your annotation: %1</source>
        <translation>無法儲存您的批註：%1</translation>
    </message>
    <message>
        <source>A seal must be a PNG image of at most 64 KiB and 1024×1024 pixels.</source>
        <translation>印章須為 PNG 圖片，大小不超過 64 KiB，尺寸不超過 1024×1024 像素。</translation>
    </message>
    <message>
        <source>Cannot save your seal image: %1</source>
        <translation>無法儲存您的印章圖片：%1</translation>
    </message>
</context>
<context>
    <name>zt::approval::ReportTexts</name>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否決</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>擬稿</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核稿</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>會簽</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>簽發</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分發</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>使用者 %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>否決</translation>
    </message>
    <message>
        <source>Return to step %1</source>
        <translation>退回至環節 %1</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <translation>轉辦給%1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>提出意見</translation>
    </message>
    <message>
        <source>matches the fingerprint every signature covers</source>
        <translation>與各簽名所涵蓋的指紋一致</translation>
    </message>
    <message>
        <source>does NOT match the document&apos;s fingerprint</source>
        <translation>與公文的指紋不一致</translation>
    </message>
    <message>
        <source>complete: ends at the last signature recorded at export</source>
        <translation>完整：截至匯出時記錄的最後一個簽名</translation>
    </message>
    <message>
        <source>NOT complete: actions were removed or added after export</source>
        <translation>不完整：匯出後有辦理操作遭刪除或新增</translation>
    </message>
    <message numerus="yes">
        <source>VERIFIED: all %n action(s) are signed and unaltered.</source>
        <translation>
            <numerusform>驗證通過：全部 %n 項辦理操作均已簽名且未遭竄改。</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1, at (%2, %3), width %4</source>
        <translation>第 %1 頁，位置 (%2, %3)，寬度 %4</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>驗證報告</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文號</translation>
    </message>
    <message>
        <source>Issuing unit</source>
        <translation>發文單位</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>密級</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>公文 ID</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>Body SM3</source>
        <translation>正文 SM3</translation>
    </message>
    <message>
        <source>Body SHA-256</source>
        <translation>正文 SHA-256</translation>
    </message>
    <message>
        <source>Body status</source>
        <translation>正文狀態</translation>
    </message>
    <message>
        <source>History</source>
        <translation>辦理紀錄</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Signed actions</source>
        <translation>已簽名的辦理操作</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>演算法</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>金鑰指紋</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Seals placed</source>
        <translation>加蓋的印章</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Public keys are those the bundle carries; compare the fingerprints with the ones published for these people to rule out a re-signed copy.</source>
        <translation>以上公開金鑰取自匯出包本身；請將其指紋與這些人員公布的公開金鑰指紋進行核對，以排除遭重新簽名的副本。</translation>
    </message>
    <message>
        <source>document %1 &quot;%2&quot; %3</source>
        <translation>公文 %1「%2」%3</translation>
    </message>
    <message>
        <source>body: %1 bytes, SM3 %2 %3 %4</source>
        <translation>正文：%1 位元組，SM3 %2 %3 %4</translation>
    </message>
    <message>
        <source>history: %1 %2</source>
        <translation>辦理紀錄：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n seal image(s) missing.</source>
        <translation>
            <numerusform>警告：缺少 %n 張印章圖片。</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1 of %2 action(s) failed; body %3; history %4; seal images %5.</source>
        <translation>驗證未通過：%2 項辦理操作中有 %1 項未通過；正文 %3；辦理紀錄 %4；印章圖片 %5。</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>印章圖片</translation>
    </message>
    <message>
        <source>Embedded seal images that are not the image their name says: %1</source>
        <translation>內嵌的印章圖片與其名稱所指的圖片不符：%1</translation>
    </message>
    <message>
        <source>   seal of #%1: %2  %3 %4</source>
        <translation>   #%1 的印章：%2  %3 %4</translation>
    </message>
    <message>
        <source>seal image %1: %2 not the image its name says</source>
        <translation>印章圖片 %1：%2 與其名稱所指的圖片不符</translation>
    </message>
</context>
<context>
    <name>zt::approval::SealedPdfTexts</name>
    <message>
        <source>the document&apos;s PDF is protected by a password</source>
        <translation>公文的 PDF 受密碼保護</translation>
    </message>
    <message>
        <source>the document&apos;s PDF is damaged or not a PDF</source>
        <translation>公文的 PDF 已損毀或不是 PDF 檔案</translation>
    </message>
    <message>
        <source>%1 (copy with seals)</source>
        <translation>%1（蓋章副本）</translation>
    </message>
    <message>
        <source>page %1 of the document&apos;s PDF cannot be rendered</source>
        <translation>無法呈現公文 PDF 的第 %1 頁</translation>
    </message>
    <message>
        <source>the sealed copy cannot be written</source>
        <translation>無法寫入蓋章副本</translation>
    </message>
</context>
<context>
    <name>zt::chat::DingService</name>
    <message>
        <source>The DING could not be saved on this computer.</source>
        <translation>無法在本機儲存此 DING。</translation>
    </message>
</context>
<context>
    <name>zt::chat::Messenger</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>無法在本機儲存此項變更。</translation>
    </message>
</context>
<context>
    <name>zt::chat::Refusal</name>
    <message>
        <source>Only the group owner or an admin may do this.</source>
        <translation>只有群組擁有者或管理員可以執行此操作。</translation>
    </message>
    <message>
        <source>Only the group owner may do this.</source>
        <translation>只有群組擁有者可以執行此操作。</translation>
    </message>
    <message>
        <source>The group owner cannot be removed.</source>
        <translation>無法移除群組擁有者。</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed.</source>
        <translation>無法變更群組擁有者的角色。</translation>
    </message>
    <message>
        <source>This does not apply to a one-to-one chat.</source>
        <translation>此操作不適用於一對一對話。</translation>
    </message>
    <message>
        <source>Only the sender may recall a message.</source>
        <translation>只有傳送者可以收回訊息。</translation>
    </message>
    <message>
        <source>Only the owner or an admin may mention everyone.</source>
        <translation>只有群組擁有者或管理員可以@所有人。</translation>
    </message>
    <message>
        <source>Messages can only be recalled within 2 minutes of sending.</source>
        <translation>訊息只能在傳送後 2 分鐘內收回。</translation>
    </message>
    <message>
        <source>The group has reached its member limit.</source>
        <translation>群組成員人數已達上限。</translation>
    </message>
    <message>
        <source>This scheduled DING has not been sent yet.</source>
        <translation>此排程 DING 尚未傳送。</translation>
    </message>
    <message>
        <source>A DING can be sent again at most every 5 minutes.</source>
        <translation>同一則 DING 每 5 分鐘最多重新傳送一次。</translation>
    </message>
    <message>
        <source>The conversation or message no longer exists, or you are no longer a member.</source>
        <translation>對話或訊息已不存在，或您已不是成員。</translation>
    </message>
    <message>
        <source>The server did not accept this input.</source>
        <translation>伺服器不接受此輸入內容。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您無權執行此操作。</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>伺服器拒絕了此項變更。</translation>
    </message>
</context>
<context>
    <name>zt::contacts::DirectoryService</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>無法儲存此項變更：%1</translation>
    </message>
</context>
<context>
    <name>zt::core::ClientCore</name>
    <message>
        <source>Your session is not remembered on this computer. Please sign in.</source>
        <translation>本機未保存您的登入狀態，請重新登入。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的工作階段已結束，請重新登入。</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>登入遭拒：%1</translation>
    </message>
    <message>
        <source>This server speaks a different protocol version. Please update Zhengtong. (%1)</source>
        <translation>伺服器使用的通訊協定版本不同，請更新政通。（%1）</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>伺服器憑證不受信任：%1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>無法連線至伺服器：%1</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the local cache is damaged.</source>
        <translation>通關密語錯誤，或本機快取已損毀。</translation>
    </message>
    <message>
        <source>Cannot open the local cache: %1</source>
        <translation>無法開啟本機快取：%1</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Zhengtong. Please update.</source>
        <translation>本機快取由較新版本的政通寫入，請更新本軟體。</translation>
    </message>
    <message>
        <source>Cannot upgrade the local cache: %1</source>
        <translation>無法升級本機快取：%1</translation>
    </message>
</context>
<context>
    <name>zt::store::StoreKeyProvider</name>
    <message>
        <source>The key of this account&apos;s local cache is missing from the system keychain. Delete the local cache and sign in again to rebuild it.</source>
        <translation>系統鑰匙圈中缺少此帳號本機快取的金鑰。請刪除本機快取並重新登入以重建。</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>無法讀取系統鑰匙圈：%1</translation>
    </message>
    <message>
        <source>Cannot write to the profile folder %1.</source>
        <translation>無法寫入設定檔資料夾 %1。</translation>
    </message>
    <message>
        <source>The key settings in %1 are damaged.</source>
        <translation>%1 中的金鑰設定已損毀。</translation>
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
        <translation>意見</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional, e.g. “Agreed.”</source>
        <translation>選填，例如「同意。」</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>意見(&amp;O)：</translation>
    </message>
    <message>
        <source>Return &amp;to:</source>
        <translation>退回至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Delegate to:</source>
        <translation>轉辦給(&amp;D)：</translation>
    </message>
    <message>
        <source>Withdrawing ends the workflow; the document cannot be acted on afterwards.</source>
        <translation>撤回將終止流程，此後無法再辦理該公文。</translation>
    </message>
    <message>
        <source>Step to return to</source>
        <translation>要退回的環節</translation>
    </message>
    <message>
        <source>&amp;Choose a person…</source>
        <translation>選擇人員(&amp;C)…</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>尚未選擇人員</translation>
    </message>
    <message>
        <source>Delegate to</source>
        <translation>選擇轉辦人員</translation>
    </message>
    <message>
        <source>%1 has no account and cannot act on documents.</source>
        <translation>%1尚未開通政通帳號，無法辦理公文。</translation>
    </message>
    <message>
        <source>The opinion is too long (at most %1 characters).</source>
        <translation>意見過長（最多 %1 個字元）。</translation>
    </message>
    <message>
        <source>&amp;Place my seal on the document</source>
        <translation>在公文上加蓋我的印章(&amp;P)</translation>
    </message>
    <message>
        <source>Place my seal…</source>
        <translation>加蓋印章…</translation>
    </message>
    <message>
        <source>After OK, click where your seal goes on a page</source>
        <translation>確認後，在頁面上點選要加蓋印章的位置</translation>
    </message>
    <message>
        <source>Choose your seal image first (More ▸ Choose my seal image…)</source>
        <translation>請先選擇您的印章圖片（更多 ▸ 選擇我的印章圖片…）</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalNotice</name>
    <message>
        <source>Approval notice</source>
        <translation>審批提示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>關閉提示</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalPane</name>
    <message>
        <source>Available &amp;offline</source>
        <translation>離線可用(&amp;O)</translation>
    </message>
    <message>
        <source>Inbox views</source>
        <translation>公文分類</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>公文清單</translation>
    </message>
    <message>
        <source>Choose a document on the left.</source>
        <translation>請在左側選擇公文。</translation>
    </message>
    <message>
        <source>Keep the body and history on this computer, encrypted, to read and act on the document without a network</source>
        <translation>將正文與辦理紀錄加密儲存在本機，以便在沒有網路時閱讀及辦理該公文</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>無法載入清單：%1</translation>
    </message>
    <message>
        <source>Loading the document… %1%</source>
        <translation>正在載入公文… %1%</translation>
    </message>
    <message>
        <source>The document body is unavailable: %1</source>
        <translation>無法取得公文正文：%1</translation>
    </message>
    <message>
        <source>“%1”: your action is signed and waiting to be sent.</source>
        <translation>「%1」：您的辦理操作已簽名，正在等待傳送。</translation>
    </message>
    <message>
        <source>“%1”: your action was recorded.</source>
        <translation>「%1」：您的辦理操作已記錄。</translation>
    </message>
    <message>
        <source>“%1”: your action was not taken. %2</source>
        <translation>「%1」：您的辦理操作未能完成。%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No documents here.</source>
        <translation>此處沒有公文。</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>公文 %1</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>正在載入公文…</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>公文 %1</translation>
    </message>
    <message>
        <source>“%1”: %2 The document now shows what happened.</source>
        <translation>「%1」：%2公文現已顯示最新狀況。</translation>
    </message>
    <message>
        <source>“%1”: not approved — placing the seal was cancelled.</source>
        <translation>「%1」：已取消加蓋印章，未予同意。</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalTexts</name>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否決</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>擬稿</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核稿</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>會簽</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>簽發</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分發</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已終止</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>否決</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>轉辦</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>提出意見</translation>
    </message>
    <message>
        <source>Return to %1</source>
        <translation>退回至 %1</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <translation>轉辦給%1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已辦</translation>
    </message>
    <message>
        <source>Drafted by me</source>
        <translation>我起草的</translation>
    </message>
    <message>
        <source>Distributed to me</source>
        <translation>分發給我的</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>簽名有效</translation>
    </message>
    <message>
        <source>Unknown signing key</source>
        <translation>未知的簽名金鑰</translation>
    </message>
    <message>
        <source>The signature does not match the action</source>
        <translation>簽名與辦理操作不符</translation>
    </message>
    <message>
        <source>The history was altered before this action</source>
        <translation>此操作之前的辦理紀錄已遭竄改</translation>
    </message>
    <message>
        <source>Signed for another document</source>
        <translation>簽署的是另一份公文</translation>
    </message>
    <message>
        <source>Signed over another document body</source>
        <translation>簽署的是另一份公文正文</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>環節 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>使用者 %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalTimeline</name>
    <message>
        <source>Workflow timeline</source>
        <translation>流程時間軸</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>辦理人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Signed on this computer; waiting to be accepted by the server</source>
        <translation>已在本機簽名，等待伺服器接受</translation>
    </message>
</context>
<context>
    <name>zt::ui::AttachmentActions</name>
    <message>
        <source>Attachment saved to %1.</source>
        <translation>附件已儲存至 %1。</translation>
    </message>
    <message>
        <source>The attachment could not be opened or saved: %1</source>
        <translation>無法開啟或儲存附件：%1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>儲存附件</translation>
    </message>
</context>
<context>
    <name>zt::ui::Breadcrumbs</name>
    <message>
        <source>Location in the organisation</source>
        <translation>組織架構中的位置</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地區</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>前往%1</translation>
    </message>
</context>
<context>
    <name>zt::ui::BundleExporter</name>
    <message>
        <source>Exported to %1.</source>
        <translation>已匯出至 %1。</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <translation>匯出失敗。%1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>公文 %1</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>匯出「%1」</translation>
    </message>
    <message>
        <source>Approval bundles (*.json)</source>
        <translation>審批匯出包 (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在匯出至 %1…</translation>
    </message>
</context>
<context>
    <name>zt::ui::Composer</name>
    <message>
        <source>S&amp;end</source>
        <translation>傳送(&amp;E)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>訊息內容</translation>
    </message>
    <message>
        <source>Type a message; Enter sends, Shift+Enter starts a new line</source>
        <translation>輸入訊息，按 Enter 傳送，Shift+Enter 換行</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>傳送訊息</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>取消回覆</translation>
    </message>
    <message>
        <source>Reply to: %1</source>
        <translation>回覆：%1</translation>
    </message>
    <message>
        <source>📎</source>
        <translation>📎</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>傳送檔案</translation>
    </message>
    <message>
        <source>Send files (up to 100 MB each); you can also drop them on the messages</source>
        <translation>傳送檔案（每個不超過 100 MB）；也可以將檔案拖放到訊息區域</translation>
    </message>
</context>
<context>
    <name>zt::ui::ConnectionIndicator</name>
    <message>
        <source>Connection state colour</source>
        <translation>連線狀態顏色</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>連線狀態</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>待傳送的訊息</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒後重新連線</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 則待傳送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 則傳送失敗</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::ContactsPane</name>
    <message>
        <source>Search the directory</source>
        <translation>搜尋通訊錄</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, unit or phone</source>
        <translation>姓名、拼音、首字母、單位或電話</translation>
    </message>
    <message>
        <source>Directory views</source>
        <translation>通訊錄檢視</translation>
    </message>
    <message>
        <source>Organisation tree</source>
        <translation>組織架構樹</translation>
    </message>
    <message>
        <source>Starred contacts</source>
        <translation>星號聯絡人</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>最近聯絡人</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>組織架構(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;tarred</source>
        <translation>星號聯絡人(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近聯絡人(&amp;R)</translation>
    </message>
    <message>
        <source>Units found</source>
        <translation>找到的單位</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人員</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>My &amp;unit</source>
        <translation>本單位(&amp;U)</translation>
    </message>
    <message>
        <source>Show your own unit in the tree</source>
        <translation>在組織樹中顯示本單位</translation>
    </message>
    <message>
        <source>Frequent contacts</source>
        <translation>常用聯絡人</translation>
    </message>
    <message>
        <source>&amp;Frequent</source>
        <translation>常用(&amp;F)</translation>
    </message>
</context>
<context>
    <name>zt::ui::ConversationDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>[Draft] %1</source>
        <translation>[草稿] %1</translation>
    </message>
    <message>
        <source>[Mentioned you] %1</source>
        <translation>[有人@我] %1</translation>
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
        <translation>查看(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt</source>
        <translation>確認收到(&amp;C)</translation>
    </message>
    <message>
        <source>DING alert</source>
        <translation>DING 提醒</translation>
    </message>
    <message>
        <source>Mark the DING as read and show where it came from</source>
        <translation>將此 DING 標示為已讀，並顯示其來源</translation>
    </message>
    <message>
        <source>Tell the sender you have received the DING</source>
        <translation>告知傳送者您已收到此 DING</translation>
    </message>
    <message>
        <source>DING from %1: %2</source>
        <translation>來自%1的 DING：%2</translation>
    </message>
    <message>
        <source>%1 (reminder %2)</source>
        <translation>%1（第 %2 次提醒）</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>還有 %n 則待確認</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::DingCenter</name>
    <message>
        <source>DING pages</source>
        <translation>DING 頁面</translation>
    </message>
    <message>
        <source>&amp;Sent DINGs</source>
        <translation>已傳送的 DING(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>統計(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New DING…</source>
        <translation>傳送 DING(&amp;N)…</translation>
    </message>
    <message>
        <source>Sent DINGs</source>
        <translation>已傳送的 DING</translation>
    </message>
    <message>
        <source>Choose a DING on the left to see who has confirmed it.</source>
        <translation>在左側選擇一則 DING，檢視哪些人已確認。</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingComposer</name>
    <message>
        <source>DING this message</source>
        <translation>將此訊息以 DING 傳送</translation>
    </message>
    <message>
        <source>New DING</source>
        <translation>傳送 DING</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>訊息：</translation>
    </message>
    <message>
        <source>Every other member of the conversation</source>
        <translation>對話中的其他所有成員</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>&amp;Choose people…</source>
        <translation>選擇人員(&amp;C)…</translation>
    </message>
    <message>
        <source>DING text</source>
        <translation>DING 內容</translation>
    </message>
    <message>
        <source>Optional: the message&apos;s text is used</source>
        <translation>選填：預設使用訊息原文</translation>
    </message>
    <message>
        <source>What must the recipients confirm?</source>
        <translation>需要接收人確認的事項</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>內容(&amp;T)：</translation>
    </message>
    <message>
        <source>Send &amp;later at</source>
        <translation>排程傳送(&amp;L)</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>傳送時間</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Attachment:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Send DING</source>
        <translation>傳送 DING(&amp;S)</translation>
    </message>
    <message>
        <source>DING: choose recipients</source>
        <translation>DING：選擇接收人</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>尚未選擇人員</translation>
    </message>
    <message numerus="yes">
        <source>%n people: %1</source>
        <translation>
            <numerusform>%n 人：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>等</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen without an account cannot receive a DING and were left out.</source>
        <translation>
            <numerusform>所選人員中有 %n 人未開通帳號，無法接收 DING，已略過。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>請至少選擇一位接收人。</translation>
    </message>
    <message>
        <source>A DING goes to at most %1 people.</source>
        <translation>一則 DING 最多傳送給 %1 人。</translation>
    </message>
    <message>
        <source>Write what the recipients must confirm.</source>
        <translation>請填寫需要接收人確認的事項。</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>內容過長：最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Choose a time in the future to send the DING later.</source>
        <translation>排程傳送請選擇未來的時間。</translation>
    </message>
    <message>
        <source>The DING could not be saved on this computer. Try again.</source>
        <translation>無法在本機儲存此 DING，請再試一次。</translation>
    </message>
    <message>
        <source>Optional: one file, at most 100 MB</source>
        <translation>選填：一個檔案，不超過 100 MB</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>選擇檔案(&amp;H)…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>The attached file cannot be read.</source>
        <translation>無法讀取附件。</translation>
    </message>
    <message>
        <source>The attached file is larger than 100 MB.</source>
        <translation>附件大小超過 100 MB。</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingRecipientsModel</name>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>送達時間</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>閱讀時間</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>確認時間</translation>
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
        <translation>傳送時間</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人數</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送達人數</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認人數</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>送達率</translation>
    </message>
    <message>
        <source>Confirmation rate</source>
        <translation>確認率</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>平均處理時間</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingSentModel</name>
    <message>
        <source>Not sent: %1</source>
        <translation>未傳送：%1</translation>
    </message>
    <message>
        <source>Waiting to reach the server…</source>
        <translation>等待送達伺服器…</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>排定於 %1 傳送</translation>
    </message>
    <message numerus="yes">
        <source>%1 · to %n people</source>
        <translation>
            <numerusform>%1 · 傳送給 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::DingStatsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>查詢(&amp;S)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自訂期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>DINGs of the period</source>
        <translation>本期間的 DING</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人數</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>送達率</translation>
    </message>
    <message>
        <source>Confirmation rate</source>
        <translation>確認率</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>平均處理時間</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>You sent no DING in this period.</source>
        <translation>您在此期間未傳送任何 DING。</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingStatusView</name>
    <message>
        <source>&amp;Re-DING the unconfirmed</source>
        <translation>再次 DING 未確認人員(&amp;R)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Confirmed %1/%2 · Delivered %3/%2 · Read %4/%2</source>
        <translation>已確認 %1/%2 · 已送達 %3/%2 · 已讀 %4/%2</translation>
    </message>
    <message>
        <source>Choose a DING to see who has confirmed it.</source>
        <translation>選擇一則 DING，檢視哪些人已確認。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未傳送：%1</translation>
    </message>
    <message>
        <source>Waiting to reach the server…</source>
        <translation>等待送達伺服器…</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>排定於 %1 傳送</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · reminded %n times</source>
        <translation>
            <numerusform>傳送於 %1 · 已提醒 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>傳送於 %1</translation>
    </message>
    <message>
        <source>The DING has not gone out yet</source>
        <translation>此 DING 尚未送出</translation>
    </message>
    <message>
        <source>Everyone has confirmed</source>
        <translation>所有人皆已確認</translation>
    </message>
    <message>
        <source>You can re-DING from %1 on</source>
        <translation>%1 起可再次 DING</translation>
    </message>
    <message>
        <source>Send the DING again to everyone who has not confirmed</source>
        <translation>向所有未確認的人員再次傳送此 DING</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingTexts</name>
    <message>
        <source>User %1</source>
        <translation>使用者 %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分鐘 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
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
        <translation>各單位送達率與確認率</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Arrival rate (%)</source>
        <translation>送達率（%）</translation>
    </message>
    <message>
        <source>Confirmation rate (%)</source>
        <translation>確認率（%）</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>無單位</translation>
    </message>
    <message>
        <source>No DINGs in this period</source>
        <translation>此期間內沒有 DING</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentActionBar</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the document with its signed history and a verification report, for proof without this program</source>
        <translation>將公文連同已簽名的辦理紀錄與驗證報告一併儲存，無需本程式即可作為憑證</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Choose my &amp;seal image…</source>
        <translation>選擇我的印章圖片(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentMarks</name>
    <message>
        <source>Your annotation was not saved. %1</source>
        <translation>您的批註未儲存。%1</translation>
    </message>
    <message>
        <source>The server refused your annotation: %1</source>
        <translation>伺服器拒絕了您的批註：%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Click on a page to pin a note there</source>
        <translation>按一下頁面，在該處新增批註</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>醒目提示</translation>
    </message>
    <message>
        <source>Drag a rectangle on a page to highlight it (Esc to stop)</source>
        <translation>在頁面上拖曳出矩形區域加上醒目提示（按 Esc 結束）</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>新增批註</translation>
    </message>
    <message>
        <source>Note on page %1:</source>
        <translation>第 %1 頁的批註：</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>批註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Your seal can be placed once the document is shown; it was not approved.</source>
        <translation>須待公文顯示後才能加蓋印章，本次未予同意。</translation>
    </message>
    <message>
        <source>Click where your seal goes on the page. Esc cancels the approval.</source>
        <translation>請在頁面上點選要加蓋印章的位置。按 Esc 可取消本次同意。</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentSidePanel</name>
    <message>
        <source>No attachments</source>
        <translation>無附件</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文號：</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>發文單位：</translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation>密級：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>緊急程度：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Drafter:</source>
        <translation>擬稿人：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>建立時間：</translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation>流程環節</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>辦理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>已同意：%1</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) verified</source>
        <translation>
            <numerusform>全部 %n 個簽名均驗證通過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) fail verification: the history cannot be trusted</source>
        <translation>
            <numerusform>%n 項辦理操作未通過驗證：辦理紀錄不可信</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Double-click to open; right-click to save a copy</source>
        <translation>按兩下開啟；按右鍵可另存副本</translation>
    </message>
</context>
<context>
    <name>zt::ui::EmojiPicker</name>
    <message>
        <source>Insert emoji</source>
        <translation>插入表情符號</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>表情符號</translation>
    </message>
</context>
<context>
    <name>zt::ui::FileActions</name>
    <message>
        <source>The file was not sent: %1</source>
        <translation>檔案未傳送：%1</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>另存新檔</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>已將「%1」儲存至 %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>無法儲存「%1」：%2</translation>
    </message>
    <message>
        <source>A file could not be downloaded: %1</source>
        <translation>有檔案下載失敗：%1</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>無法下載「%1」：%2</translation>
    </message>
    <message>
        <source>No application is set up to open “%1”.</source>
        <translation>未設定可開啟「%1」的應用程式。</translation>
    </message>
</context>
<context>
    <name>zt::ui::FileCardPainter</name>
    <message>
        <source>Failed: %1 · Retry</source>
        <translation>失敗：%1 · 重試</translation>
    </message>
    <message>
        <source>Failed: %1 · Click to try again</source>
        <translation>失敗：%1 · 按一下重試</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>正在傳送 %1%</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>正在下載 %1%</translation>
    </message>
    <message>
        <source>Click to view</source>
        <translation>按一下檢視</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>按一下開啟</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>zt::ui::FileSender</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>無法讀取「%1」。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」是空白檔案。</translation>
    </message>
    <message>
        <source>“%1” is %2; files up to %3 can be sent.</source>
        <translation>「%1」大小為 %2；僅能傳送不超過 %3 的檔案。</translation>
    </message>
    <message>
        <source>Not signed in: the files were not sent.</source>
        <translation>未登入：檔案未傳送。</translation>
    </message>
</context>
<context>
    <name>zt::ui::ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>符合視窗大小(&amp;F)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>符合視窗大小</translation>
    </message>
</context>
<context>
    <name>zt::ui::LinkOpener</name>
    <message>
        <source>Open external link</source>
        <translation>開啟外部連結</translation>
    </message>
    <message>
        <source>This link leads to a site outside the government network:

%1

Open it in the browser?</source>
        <translation>此連結指向政府網路以外的網站：

%1

是否要在瀏覽器中開啟？</translation>
    </message>
</context>
<context>
    <name>zt::ui::LoginDialog</name>
    <message>
        <source>Sign in to Zhengtong</source>
        <translation>登入政通</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在本機上記住我(&amp;R)</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>記住我</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>伺服器位址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>登入錯誤</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>登入進度</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the server address and your network connection.</source>
        <translation>無法連線至伺服器。請檢查伺服器位址與網路連線。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted. Check the server address, or ask your administrator for the certificate.</source>
        <translation>伺服器的安全憑證不受信任。請檢查伺服器位址，或向系統管理員索取憑證。</translation>
    </message>
    <message>
        <source>The server uses a different protocol version. Please update Zhengtong.</source>
        <translation>伺服器使用的通訊協定版本不同，請更新政通。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的工作階段已結束，請重新登入。</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>嘗試次數過多，請稍後再試。</translation>
    </message>
    <message>
        <source>The local message cache on this computer could not be opened.</source>
        <translation>無法開啟本機的訊息快取。</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>登入失敗。</translation>
    </message>
    <message>
        <source>(Error code: %1)</source>
        <translation>（錯誤代碼：%1）</translation>
    </message>
    <message>
        <source>Enter a server address starting with ws:// or wss://.</source>
        <translation>請輸入以 ws:// 或 wss:// 開頭的伺服器位址。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>請輸入使用者名稱與密碼。</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登入(&amp;L)</translation>
    </message>
</context>
<context>
    <name>zt::ui::MainWindow</name>
    <message>
        <source>Zhengtong</source>
        <translation>政通</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — Zhengtong</source>
        <translation>%1 — 政通</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通訊錄</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>公文審批</translation>
    </message>
    <message>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <source>A DING is waiting for your confirmation.</source>
        <translation>有一則 DING 等待您確認。</translation>
    </message>
</context>
<context>
    <name>zt::ui::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>可@提及的人員</translation>
    </message>
    <message>
        <source>All</source>
        <comment>mention everyone in the group: @All</comment>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Not sent: %1 (right-click to retry)</source>
        <translation>未傳送：%1（按右鍵可重試）</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>All read</source>
        <translation>全部已讀</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 人未讀</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::MessageText</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1將%2加入群組</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1將%2移出群組</translation>
    </message>
    <message>
        <source>%1 left the group</source>
        <translation>%1已退出群組</translation>
    </message>
    <message>
        <source>The group was changed</source>
        <translation>群組資訊已變更</translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation>您收回了一則訊息</translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>%1收回了一則訊息</translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation>[檔案] %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessagesPane</name>
    <message>
        <source>&amp;New group</source>
        <translation>建立群組(&amp;N)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜尋訊息</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話清單</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>免打擾</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置頂</translation>
    </message>
    <message>
        <source>DING…</source>
        <translation>DING…</translation>
    </message>
    <message>
        <source>Read (%1): %2
Not read (%3): %4</source>
        <translation>已讀（%1）：%2
未讀（%3）：%4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New group: choose members</source>
        <translation>建立群組：選擇成員</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>建立群組</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>群組名稱：</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>請選擇對話</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n members)</source>
        <translation>
            <numerusform>%1（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回覆(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>收回(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重試(&amp;T)</translation>
    </message>
    <message>
        <source>Who has &amp;read it</source>
        <translation>檢視已讀狀態(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>轉傳(&amp;F)…</translation>
    </message>
    <message>
        <source>Send as &amp;DING…</source>
        <translation>以 DING 傳送(&amp;D)…</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>轉傳</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>轉傳給：</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>找不到訊息</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>傳送檔案</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>zt::ui::NameBook</name>
    <message>
        <source>User %1</source>
        <translation>使用者 %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::NavigationRail</name>
    <message>
        <source>Navigation</source>
        <translation>導覽</translation>
    </message>
</context>
<context>
    <name>zt::ui::PageMarksLayer</name>
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Highlight by %1</source>
        <translation>%1的醒目提示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待傳送</translation>
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
        <translation>關閉提示</translation>
    </message>
</context>
<context>
    <name>zt::ui::PassphraseDialog</name>
    <message>
        <source>Local cache passphrase</source>
        <translation>本機快取通關密語</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>通關密語</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次輸入通關密語</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>通關密語錯誤</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>通關密語(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This computer has no system keychain. Choose a passphrase to protect the copy of your messages kept on this computer. You will need it every time Zhengtong starts. It cannot be recovered if forgotten.</source>
        <translation>本機沒有系統鑰匙圈。請設定一組通關密語，用於保護儲存在本機上的訊息副本。每次啟動政通時都需要輸入，一旦遺忘將無法復原。</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects the copy of your messages kept on this computer.</source>
        <translation>請輸入保護本機訊息副本的通關密語。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>請輸入通關密語。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>通關密語至少需要 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>兩次輸入的通關密語不一致。</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfMarksTool</name>
    <message>
        <source>Add &amp;note here…</source>
        <translation>在此新增批註(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Highlight an area</source>
        <translation>醒目提示區域(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove my note</source>
        <translation>刪除我的批註(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove my highlight</source>
        <translation>刪除我的醒目提示(&amp;R)</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfPageView</name>
    <message>
        <source>Document pages</source>
        <translation>文件頁面</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfViewer</name>
    <message>
        <source>the data cannot be read</source>
        <translation>無法讀取資料</translation>
    </message>
    <message>
        <source>the file format is not recognised</source>
        <translation>無法辨識檔案格式</translation>
    </message>
    <message>
        <source>the data is incomplete</source>
        <translation>資料不完整</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>文件狀態</translation>
    </message>
    <message>
        <source>Document tools</source>
        <translation>文件工具</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放比例</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>符合頁面</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>Search in the document</source>
        <translation>在文件中搜尋</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一處</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一處</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>頁面縮圖</translation>
    </message>
    <message>
        <source>The document cannot be opened: %1</source>
        <translation>無法開啟文件：%1</translation>
    </message>
    <message>
        <source>This document is damaged or not a PDF (%1).</source>
        <translation>此文件已損毀或不是 PDF 檔案（%1）。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>檔案為空</translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be shown.</source>
        <translation>此文件受密碼保護，無法顯示。</translation>
    </message>
    <message>
        <source>This document uses an unsupported security scheme and cannot be shown.</source>
        <translation>此文件使用不支援的加密方式，無法顯示。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>無相符項目</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 處，共 %2 處</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>複製選取的文字</translation>
    </message>
    <message>
        <source>Copying is not allowed for this document</source>
        <translation>此文件不允許複製</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
</context>
<context>
    <name>zt::ui::PeoplePicker</name>
    <message>
        <source>Choose people</source>
        <translation>選擇人員</translation>
    </message>
    <message>
        <source>Search people and units</source>
        <translation>搜尋人員和單位</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, unit or phone</source>
        <translation>姓名、拼音、首字母、單位或電話</translation>
    </message>
    <message>
        <source>Organisation tree</source>
        <translation>組織架構樹</translation>
    </message>
    <message>
        <source>Units found</source>
        <translation>找到的單位</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人員</translation>
    </message>
    <message>
        <source>Whole units</source>
        <translation>整個單位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>C&amp;hosen</source>
        <translation>已選(&amp;H)</translation>
    </message>
    <message>
        <source>Chosen people and units</source>
        <translation>已選的人員和單位</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>移除所選項目</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>移除所選項目（Delete）</translation>
    </message>
    <message>
        <source>Remove &amp;all</source>
        <translation>全部移除(&amp;A)</translation>
    </message>
    <message>
        <source>Remove all chosen entries</source>
        <translation>移除全部已選項目</translation>
    </message>
    <message>
        <source>Whole units count with all their members; someone chosen both alone and with a unit is counted twice.</source>
        <translation>整個單位按全部成員計數；既被單獨選取又屬於所選單位的人會被重複計數。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people selected</source>
        <translation>
            <numerusform>已選 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people selected, more than the limit of %2. Remove some to continue.</source>
        <translation>已選 %1 人，超過上限 %2 人。請移除部分後繼續。</translation>
    </message>
</context>
<context>
    <name>zt::ui::PersonCard</name>
    <message>
        <source>Select a person to see their contact card.</source>
        <translation>請選擇人員以檢視其名片。</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>職務：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手機：</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>辦公電話：</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>傳訊息(&amp;M)</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>傳訊息</translation>
    </message>
    <message>
        <source>&amp;DING</source>
        <translation>DING(&amp;D)</translation>
    </message>
    <message>
        <source>DING (urgent notice)</source>
        <translation>DING（緊急提醒）</translation>
    </message>
    <message>
        <source>&amp;Invite to meeting</source>
        <translation>邀請與會(&amp;I)</translation>
    </message>
    <message>
        <source>Invite to meeting</source>
        <translation>邀請與會</translation>
    </message>
    <message>
        <source>Coming with the messaging/meeting features</source>
        <translation>將隨訊息／會議功能推出</translation>
    </message>
    <message>
        <source>&amp;Copy as vCard</source>
        <translation>複製名片(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as vCard</source>
        <translation>複製名片（vCard）</translation>
    </message>
    <message>
        <source>Copy this card to the clipboard as a vCard</source>
        <translation>將此名片以 vCard 格式複製到剪貼簿</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>%1的大頭貼</translation>
    </message>
    <message>
        <source>Send %1 a message</source>
        <translation>傳訊息給%1</translation>
    </message>
    <message>
        <source>%1 has no Zhengtong account</source>
        <translation>%1尚未開通政通帳號</translation>
    </message>
    <message>
        <source>Mobile number hidden by the directory access policy: full numbers are shown only to colleagues in the same unit.</source>
        <translation>手機號碼已依通訊錄權限隱藏：完整號碼僅對本單位同仁顯示。</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ 取消星號</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ 加上星號</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星號</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加上星號</translation>
    </message>
    <message>
        <source>Remove from starred contacts</source>
        <translation>從星號聯絡人中移除</translation>
    </message>
    <message>
        <source>Add to starred contacts</source>
        <translation>加入星號聯絡人</translation>
    </message>
</context>
<context>
    <name>zt::ui::PickedList</name>
    <message>
        <source>%1 cannot be chosen here.</source>
        <translation>此處不能選擇%1。</translation>
    </message>
    <message>
        <source>%1 cannot be chosen as a whole unit.</source>
        <translation>%1不能作為整個單位選擇。</translation>
    </message>
    <message>
        <source>Only people can be chosen here, not whole units.</source>
        <translation>此處只能選擇人員，不能選擇整個單位。</translation>
    </message>
    <message>
        <source>Cannot add %1: that would make %2 people, more than the limit of %3.</source>
        <translation>無法新增%1：將達到 %2 人，超過上限 %3 人。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln people)</source>
        <translation>
            <numerusform>%1（%Ln 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in this unit and its departments</source>
        <translation>本單位及其下屬部門的全部人員</translation>
    </message>
</context>
<context>
    <name>zt::ui::PickerCheckProxy</name>
    <message>
        <source>%1 cannot be chosen here.</source>
        <translation>此處不能選擇%1。</translation>
    </message>
    <message>
        <source>Included with %1</source>
        <translation>已包含在%1中</translation>
    </message>
    <message numerus="yes">
        <source>Check to choose the whole unit (%Ln people)</source>
        <translation>
            <numerusform>勾選以選擇整個單位（%Ln 人）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::SealImageChooser</name>
    <message>
        <source>Your seal image is set. It is sent with your next sealed approval.</source>
        <translation>已設定您的印章圖片，將隨您下一次蓋章審批一併上傳。</translation>
    </message>
    <message>
        <source>Your seal image was not set. %1</source>
        <translation>未能設定您的印章圖片。%1</translation>
    </message>
    <message>
        <source>The server refused your seal image: %1</source>
        <translation>伺服器拒絕了您的印章圖片：%1</translation>
    </message>
    <message>
        <source>Choose your seal image</source>
        <translation>選擇您的印章圖片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>“%1” cannot be your seal: choose a PNG image of at most 64 KiB.</source>
        <translation>「%1」不能作為印章：請選擇不超過 64 KiB 的 PNG 圖片。</translation>
    </message>
    <message>
        <source>“%1” cannot be your seal: it must be a PNG image of at most 64 KiB and 1024×1024 pixels.</source>
        <translation>「%1」不能作為印章：印章須為 PNG 圖片，大小不超過 64 KiB，尺寸不超過 1024×1024 像素。</translation>
    </message>
</context>
<context>
    <name>zt::ui::SearchFilters</name>
    <message>
        <source>Only in the selected &amp;unit</source>
        <translation>僅限所選單位(&amp;U)</translation>
    </message>
    <message>
        <source>Only in the selected unit</source>
        <translation>僅限所選單位</translation>
    </message>
    <message>
        <source>Search only inside the unit or region selected in the tree</source>
        <translation>只在組織架構中選取的單位或地區內搜尋</translation>
    </message>
    <message>
        <source>Only people working in this line of government</source>
        <translation>只顯示該業務條線的人員</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部業務條線</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>職級</translation>
    </message>
    <message>
        <source>Only people holding this rank</source>
        <translation>只顯示該職級的人員</translation>
    </message>
    <message>
        <source>Any rank</source>
        <translation>全部職級</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Only people with this role in their unit</source>
        <translation>只顯示在本單位擔任該角色的人員</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Directory admin</source>
        <translation>通訊錄管理員</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>業務條線</translation>
    </message>
</context>
<context>
    <name>zt::ui::SettingsDialog</name>
    <message>
        <source>S&amp;tart Zhengtong when I log in</source>
        <translation>登入系統時啟動政通(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>收到新訊息時顯示通知(&amp;N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Start at log-in</source>
        <translation>登入系統時啟動</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Zhengtong starts.</source>
        <translation>變更的語言將於下次啟動政通時生效。</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>伺服器位址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>zt::ui::ShellController</name>
    <message>
        <source>The local cache stays locked without its passphrase.</source>
        <translation>未輸入通關密語，本機快取維持鎖定。</translation>
    </message>
</context>
<context>
    <name>zt::ui::TransferProgress</name>
    <message>
        <source>the file could not be downloaded</source>
        <translation>無法下載該檔案</translation>
    </message>
</context>
<context>
    <name>zt::ui::TrayIcon</name>
    <message>
        <source>Zhengtong tray menu</source>
        <translation>政通系統匣選單</translation>
    </message>
    <message>
        <source>&amp;Show Zhengtong</source>
        <translation>顯示政通(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Zhengtong</source>
        <translation>政通</translation>
    </message>
    <message numerus="yes">
        <source>Zhengtong — %n unread</source>
        <translation>
            <numerusform>政通 — %n 則未讀</numerusform>
        </translation>
    </message>
</context>
</TS>
