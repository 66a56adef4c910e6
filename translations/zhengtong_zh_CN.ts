<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>zt::approval::ApprovalActs</name>
    <message>
        <source>Open the document once while online before acting on it.</source>
        <translation>请先在联网时打开一次该公文，再进行办理。</translation>
    </message>
    <message>
        <source>An action of yours on this step is already waiting to be sent.</source>
        <translation>您在此环节的办理操作已在等待发送。</translation>
    </message>
    <message>
        <source>Signing the action failed.</source>
        <translation>办理操作签名失败。</translation>
    </message>
    <message>
        <source>Cannot save your action: %1</source>
        <translation>无法保存您的办理操作：%1</translation>
    </message>
</context>
<context>
    <name>zt::approval::ApprovalKeys</name>
    <message>
        <source>Cannot read your signing key from the local store: %1</source>
        <translation>无法从本地存储读取您的签名密钥：%1</translation>
    </message>
    <message>
        <source>The system keychain holding your signing key cannot be read: %1</source>
        <translation>无法读取保存您签名密钥的系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Cannot create a signing key on this computer.</source>
        <translation>无法在此电脑上创建签名密钥。</translation>
    </message>
    <message>
        <source>Cannot store your signing key: %1</source>
        <translation>无法保存您的签名密钥：%1</translation>
    </message>
</context>
<context>
    <name>zt::approval::ApprovalService</name>
    <message>
        <source>This document is not available offline.</source>
        <translation>此公文未设为离线可用。</translation>
    </message>
    <message>
        <source>The document is no longer available to you.</source>
        <translation>您已无权查看此公文。</translation>
    </message>
    <message>
        <source>Open the document before keeping it offline.</source>
        <translation>请先打开公文，再设为离线可用。</translation>
    </message>
</context>
<context>
    <name>zt::approval::BodyFetcher</name>
    <message>
        <source>The document body has an impossible size.</source>
        <translation>公文正文大小异常。</translation>
    </message>
    <message>
        <source>The document body could not be downloaded: %1</source>
        <translation>无法下载公文正文：%1</translation>
    </message>
    <message>
        <source>The server sent an inconsistent part of the document body.</source>
        <translation>服务器发送的公文正文片段不一致。</translation>
    </message>
    <message>
        <source>The server sent an incomplete document body.</source>
        <translation>服务器发送的公文正文不完整。</translation>
    </message>
    <message>
        <source>The downloaded document does not match the fingerprint its signatures cover. It was not saved; please try again or contact your administrator.</source>
        <translation>下载的公文与签名所覆盖的指纹不一致，未予保存；请重试或联系管理员。</translation>
    </message>
</context>
<context>
    <name>zt::approval::ConflictMessages</name>
    <message>
        <source>Someone completed this step while you were offline; your approval was not recorded.</source>
        <translation>您离线期间已有人办结此环节，您的审批未被记录。</translation>
    </message>
    <message>
        <source>The document moved to another step while you were offline; your action was not recorded.</source>
        <translation>您离线期间公文已流转到其他环节，您的操作未被记录。</translation>
    </message>
    <message>
        <source>The document was completed while you were offline; your action was not recorded.</source>
        <translation>您离线期间公文已办结，您的操作未被记录。</translation>
    </message>
    <message>
        <source>The document was rejected while you were offline; your action was not recorded.</source>
        <translation>您离线期间公文已被退回否决，您的操作未被记录。</translation>
    </message>
    <message>
        <source>The drafter withdrew the document; your action was not recorded.</source>
        <translation>拟稿人已撤回公文，您的操作未被记录。</translation>
    </message>
    <message>
        <source>You are no longer an assignee of this step (it may have been delegated or returned); your action was not recorded.</source>
        <translation>您已不再是此环节的办理人（可能已被转办或退回），您的操作未被记录。</translation>
    </message>
    <message>
        <source>It is not your turn in this step yet; your action was not recorded.</source>
        <translation>此环节尚未轮到您办理，您的操作未被记录。</translation>
    </message>
    <message>
        <source>You have already acted on this step (perhaps on another computer); this action was not recorded again.</source>
        <translation>您已办理过此环节（可能在另一台电脑上），此次操作不再重复记录。</translation>
    </message>
    <message>
        <source>Only the drafter may withdraw the document.</source>
        <translation>只有拟稿人可以撤回公文。</translation>
    </message>
    <message>
        <source>Others have already acted on the document; it can no longer be withdrawn.</source>
        <translation>已有他人办理此公文，无法再撤回。</translation>
    </message>
    <message>
        <source>The chosen step or person is not a valid target any more; your action was not recorded.</source>
        <translation>所选环节或人员已不再有效，您的操作未被记录。</translation>
    </message>
    <message>
        <source>The document changed while you were offline; please review the new state and act again.</source>
        <translation>您离线期间公文已有变化，请查看最新状态后重新办理。</translation>
    </message>
    <message>
        <source>Your signing key is not registered with the server; your action was not recorded.</source>
        <translation>您的签名密钥尚未在服务器登记，您的操作未被记录。</translation>
    </message>
    <message>
        <source>The server could not verify your signature; your action was not recorded.</source>
        <translation>服务器无法验证您的签名，您的操作未被记录。</translation>
    </message>
    <message>
        <source>The document body you signed differs from the server&apos;s; your action was not recorded.</source>
        <translation>您签署的公文正文与服务器上的不一致，您的操作未被记录。</translation>
    </message>
    <message>
        <source>The document is no longer available to you; your action was not recorded.</source>
        <translation>您已无权查看此公文，您的操作未被记录。</translation>
    </message>
    <message>
        <source>The server refused your action (%1); it was not recorded.</source>
        <translation>服务器拒绝了您的操作（%1），未被记录。</translation>
    </message>
</context>
<context>
    <name>zt::contacts::DirectoryService</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存此项更改：%1</translation>
    </message>
</context>
<context>
    <name>zt::core::ClientCore</name>
    <message>
        <source>Your session is not remembered on this computer. Please sign in.</source>
        <translation>本机未保存您的登录状态，请重新登录。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>登录被拒绝：%1</translation>
    </message>
    <message>
        <source>This server speaks a different protocol version. Please update Zhengtong. (%1)</source>
        <translation>服务器使用的协议版本不同，请更新政通。（%1）</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>服务器证书不受信任：%1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the local cache is damaged.</source>
        <translation>口令错误，或本地缓存已损坏。</translation>
    </message>
    <message>
        <source>Cannot open the local cache: %1</source>
        <translation>无法打开本地缓存：%1</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Zhengtong. Please update.</source>
        <translation>本地缓存由更新版本的政通写入，请更新本软件。</translation>
    </message>
    <message>
        <source>Cannot upgrade the local cache: %1</source>
        <translation>无法升级本地缓存：%1</translation>
    </message>
</context>
<context>
    <name>zt::store::StoreKeyProvider</name>
    <message>
        <source>The key of this account&apos;s local cache is missing from the system keychain. Delete the local cache and sign in again to rebuild it.</source>
        <translation>系统钥匙串中缺少此账号本地缓存的密钥。请删除本地缓存并重新登录以重建。</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>无法读取系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Cannot write to the profile folder %1.</source>
        <translation>无法写入配置文件夹 %1。</translation>
    </message>
    <message>
        <source>The key settings in %1 are damaged.</source>
        <translation>%1 中的密钥设置已损坏。</translation>
    </message>
</context>
<context>
    <name>zt::ui::Breadcrumbs</name>
    <message>
        <source>Location in the organisation</source>
        <translation>组织架构中的位置</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到%1</translation>
    </message>
</context>
<context>
    <name>zt::ui::ConnectionIndicator</name>
    <message>
        <source>Connection state colour</source>
        <translation>连接状态颜色</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Messages waiting to be sent</source>
        <translation>待发送的消息</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒后重连</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 条待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 条发送失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::ContactsPane</name>
    <message>
        <source>Search the directory</source>
        <translation>搜索通讯录</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, unit or phone</source>
        <translation>姓名、拼音、首字母、单位或电话</translation>
    </message>
    <message>
        <source>Directory views</source>
        <translation>通讯录视图</translation>
    </message>
    <message>
        <source>Organisation tree</source>
        <translation>组织架构树</translation>
    </message>
    <message>
        <source>Starred contacts</source>
        <translation>星标联系人</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>最近联系人</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>组织架构(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;tarred</source>
        <translation>星标联系人(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近联系人(&amp;R)</translation>
    </message>
    <message>
        <source>Units found</source>
        <translation>找到的单位</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>My &amp;unit</source>
        <translation>本单位(&amp;U)</translation>
    </message>
    <message>
        <source>Show your own unit in the tree</source>
        <translation>在组织树中显示本单位</translation>
    </message>
    <message>
        <source>Frequent contacts</source>
        <translation>常用联系人</translation>
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
        <translation>登录政通</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在本机上记住我(&amp;R)</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>记住我</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>登录错误</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>登录进度</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the server address and your network connection.</source>
        <translation>无法连接服务器。请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted. Check the server address, or ask your administrator for the certificate.</source>
        <translation>服务器的安全证书不受信任。请检查服务器地址，或向系统管理员索取证书。</translation>
    </message>
    <message>
        <source>The server uses a different protocol version. Please update Zhengtong.</source>
        <translation>服务器使用的协议版本不同，请更新政通。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>尝试次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The local message cache on this computer could not be opened.</source>
        <translation>无法打开本机的消息缓存。</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>(Error code: %1)</source>
        <translation>（错误代码：%1）</translation>
    </message>
    <message>
        <source>Enter a server address starting with ws:// or wss://.</source>
        <translation>请输入以 ws:// 或 wss:// 开头的服务器地址。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;L)</translation>
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
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — Zhengtong</source>
        <translation>%1 — 政通</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessageListModel</name>
    <message>
        <source>pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessagesPane</name>
    <message>
        <source>S&amp;end</source>
        <translation>发送(&amp;E)</translation>
    </message>
    <message>
        <source>Conversation partner user ID</source>
        <translation>会话对象用户 ID</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Type a message and press Enter</source>
        <translation>输入消息后按回车键发送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>&amp;Conversation with user ID:</source>
        <translation>会话对象用户 ID(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>zt::ui::NavigationRail</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>zt::ui::PassphraseDialog</name>
    <message>
        <source>Local cache passphrase</source>
        <translation>本地缓存口令</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>口令错误</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This computer has no system keychain. Choose a passphrase to protect the copy of your messages kept on this computer. You will need it every time Zhengtong starts. It cannot be recovered if forgotten.</source>
        <translation>本机没有系统钥匙串。请设置一个口令，用于保护保存在本机上的消息副本。每次启动政通时都需要输入该口令，一旦遗忘将无法找回。</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects the copy of your messages kept on this computer.</source>
        <translation>请输入保护本机消息副本的口令。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfPageView</name>
    <message>
        <source>Document pages</source>
        <translation>文档页面</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>zt::ui::PdfViewer</name>
    <message>
        <source>the data cannot be read</source>
        <translation>无法读取数据</translation>
    </message>
    <message>
        <source>the file format is not recognised</source>
        <translation>无法识别文件格式</translation>
    </message>
    <message>
        <source>the data is incomplete</source>
        <translation>数据不完整</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>文档状态</translation>
    </message>
    <message>
        <source>Document tools</source>
        <translation>文档工具</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放比例</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Search in the document</source>
        <translation>在文档中搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>页面缩略图</translation>
    </message>
    <message>
        <source>The document cannot be opened: %1</source>
        <translation>无法打开文档：%1</translation>
    </message>
    <message>
        <source>This document is damaged or not a PDF (%1).</source>
        <translation>此文档已损坏或不是 PDF 文件（%1）。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be shown.</source>
        <translation>此文档受密码保护，无法显示。</translation>
    </message>
    <message>
        <source>This document uses an unsupported security scheme and cannot be shown.</source>
        <translation>此文档使用了不受支持的加密方式，无法显示。</translation>
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
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>复制选中的文字</translation>
    </message>
    <message>
        <source>Copying is not allowed for this document</source>
        <translation>此文档不允许复制</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>zt::ui::PeoplePicker</name>
    <message>
        <source>Choose people</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <source>Search people and units</source>
        <translation>搜索人员和单位</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, unit or phone</source>
        <translation>姓名、拼音、首字母、单位或电话</translation>
    </message>
    <message>
        <source>Organisation tree</source>
        <translation>组织架构树</translation>
    </message>
    <message>
        <source>Units found</source>
        <translation>找到的单位</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <source>Whole units</source>
        <translation>整个单位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>C&amp;hosen</source>
        <translation>已选(&amp;H)</translation>
    </message>
    <message>
        <source>Chosen people and units</source>
        <translation>已选的人员和单位</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>移除所选项</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>移除所选项（Delete）</translation>
    </message>
    <message>
        <source>Remove &amp;all</source>
        <translation>全部移除(&amp;A)</translation>
    </message>
    <message>
        <source>Remove all chosen entries</source>
        <translation>移除全部已选项</translation>
    </message>
    <message>
        <source>Whole units count with all their members; someone chosen both alone and with a unit is counted twice.</source>
        <translation>整个单位按全部成员计数；既被单独选中又属于所选单位的人会被重复计数。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people selected</source>
        <translation>
            <numerusform>已选 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people selected, more than the limit of %2. Remove some to continue.</source>
        <translation>已选 %1 人，超过上限 %2 人。请移除部分后继续。</translation>
    </message>
</context>
<context>
    <name>zt::ui::PersonCard</name>
    <message>
        <source>Select a person to see their contact card.</source>
        <translation>请选择人员以查看其名片。</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>办公电话：</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>发消息(&amp;M)</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>发消息</translation>
    </message>
    <message>
        <source>&amp;DING</source>
        <translation>DING(&amp;D)</translation>
    </message>
    <message>
        <source>DING (urgent notice)</source>
        <translation>DING（紧急提醒）</translation>
    </message>
    <message>
        <source>&amp;Invite to meeting</source>
        <translation>邀请参会(&amp;I)</translation>
    </message>
    <message>
        <source>Invite to meeting</source>
        <translation>邀请参会</translation>
    </message>
    <message>
        <source>Coming with the messaging/meeting features</source>
        <translation>将随消息/会议功能推出</translation>
    </message>
    <message>
        <source>&amp;Copy as vCard</source>
        <translation>复制名片(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as vCard</source>
        <translation>复制名片（vCard）</translation>
    </message>
    <message>
        <source>Copy this card to the clipboard as a vCard</source>
        <translation>将此名片以 vCard 格式复制到剪贴板</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>%1的头像</translation>
    </message>
    <message>
        <source>Send %1 a message</source>
        <translation>给%1发消息</translation>
    </message>
    <message>
        <source>%1 has no Zhengtong account</source>
        <translation>%1尚未开通政通账号</translation>
    </message>
    <message>
        <source>Mobile number hidden by the directory access policy: full numbers are shown only to colleagues in the same unit.</source>
        <translation>手机号已按通讯录权限隐藏：完整号码仅对本单位同事可见。</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ 取消星标</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ 设为星标</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>设为星标</translation>
    </message>
    <message>
        <source>Remove from starred contacts</source>
        <translation>从星标联系人中移除</translation>
    </message>
    <message>
        <source>Add to starred contacts</source>
        <translation>加入星标联系人</translation>
    </message>
</context>
<context>
    <name>zt::ui::PickedList</name>
    <message>
        <source>%1 cannot be chosen here.</source>
        <translation>此处不能选择%1。</translation>
    </message>
    <message>
        <source>%1 cannot be chosen as a whole unit.</source>
        <translation>%1不能作为整个单位选择。</translation>
    </message>
    <message>
        <source>Only people can be chosen here, not whole units.</source>
        <translation>此处只能选择人员，不能选择整个单位。</translation>
    </message>
    <message>
        <source>Cannot add %1: that would make %2 people, more than the limit of %3.</source>
        <translation>无法添加%1：将达到 %2 人，超过上限 %3 人。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln people)</source>
        <translation>
            <numerusform>%1（%Ln 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in this unit and its departments</source>
        <translation>本单位及其下属部门的全部人员</translation>
    </message>
</context>
<context>
    <name>zt::ui::PickerCheckProxy</name>
    <message>
        <source>%1 cannot be chosen here.</source>
        <translation>此处不能选择%1。</translation>
    </message>
    <message>
        <source>Included with %1</source>
        <translation>已包含在%1中</translation>
    </message>
    <message numerus="yes">
        <source>Check to choose the whole unit (%Ln people)</source>
        <translation>
            <numerusform>勾选以选择整个单位（%Ln 人）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::SearchFilters</name>
    <message>
        <source>Only in the selected &amp;unit</source>
        <translation>仅限所选单位(&amp;U)</translation>
    </message>
    <message>
        <source>Only in the selected unit</source>
        <translation>仅限所选单位</translation>
    </message>
    <message>
        <source>Search only inside the unit or region selected in the tree</source>
        <translation>只在组织架构中选中的单位或地区内搜索</translation>
    </message>
    <message>
        <source>Only people working in this line of government</source>
        <translation>只显示该条线的人员</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部条线</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Only people holding this rank</source>
        <translation>只显示该职级的人员</translation>
    </message>
    <message>
        <source>Any rank</source>
        <translation>全部职级</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Only people with this role in their unit</source>
        <translation>只显示在本单位担任该角色的人员</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Directory admin</source>
        <translation>通讯录管理员</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>条线</translation>
    </message>
</context>
<context>
    <name>zt::ui::SettingsDialog</name>
    <message>
        <source>S&amp;tart Zhengtong when I log in</source>
        <translation>登录系统时启动政通(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new messages</source>
        <translation>收到新消息时显示通知(&amp;N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Start at log-in</source>
        <translation>登录系统时启动</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Zhengtong starts.</source>
        <translation>更改的语言将在下次启动政通时生效。</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
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
        <translation>未输入口令，本地缓存保持锁定。</translation>
    </message>
</context>
<context>
    <name>zt::ui::TrayIcon</name>
    <message>
        <source>Zhengtong tray menu</source>
        <translation>政通托盘菜单</translation>
    </message>
    <message>
        <source>&amp;Show Zhengtong</source>
        <translation>显示政通(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zhengtong</source>
        <translation>政通</translation>
    </message>
    <message numerus="yes">
        <source>Zhengtong — %n unread</source>
        <translation>
            <numerusform>政通 — %n 条未读</numerusform>
        </translation>
    </message>
</context>
</TS>
