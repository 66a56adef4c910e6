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
</context>
<context>
    <name>zt::ui::MessageListModel</name>
    <message>
        <source>pending</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>未送達</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>使用者 %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessagesPane</name>
    <message>
        <source>S&amp;end</source>
        <translation>傳送(&amp;E)</translation>
    </message>
    <message>
        <source>Conversation partner user ID</source>
        <translation>對話對象使用者 ID</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>訊息內容</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>輸入訊息後按 Enter 鍵傳送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>傳送訊息</translation>
    </message>
    <message>
        <source>&amp;Conversation with user ID:</source>
        <translation>對話對象使用者 ID(&amp;C)：</translation>
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
