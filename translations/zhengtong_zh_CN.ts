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
    <message>
        <source>A seal can only be placed on the page when approving.</source>
        <translation>只有在同意时才能在页面上加盖印章。</translation>
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
    <message>
        <source>Choose your seal image before sealing.</source>
        <translation>请先选择您的印章图片，再盖章。</translation>
    </message>
    <message>
        <source>The attachment is not available.</source>
        <translation>无法获取该附件。</translation>
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
    <name>zt::approval::BundleTexts</name>
    <message>
        <source>The bundle is damaged: its document, body or chain is missing.</source>
        <translation>导出包已损坏：缺少公文信息、正文或签名链。</translation>
    </message>
    <message>
        <source>The bundle is damaged: action %1 cannot be read.</source>
        <translation>导出包已损坏：无法读取第 %1 项办理操作。</translation>
    </message>
    <message>
        <source>The bundle is damaged: the document has no id or body fingerprint.</source>
        <translation>导出包已损坏：公文缺少 ID 或正文指纹。</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>签名验证通过</translation>
    </message>
    <message>
        <source>signed with a key the bundle does not bind to this person</source>
        <translation>签名所用密钥在导出包中未与此人绑定</translation>
    </message>
    <message>
        <source>the signature does not match what is shown</source>
        <translation>签名与所显示的内容不符</translation>
    </message>
    <message>
        <source>the chain is broken: an action before it was removed, inserted or reordered</source>
        <translation>签名链已断开：此前的办理操作被删除、插入或调换了顺序</translation>
    </message>
    <message>
        <source>signed for another document</source>
        <translation>签署的是另一份公文</translation>
    </message>
    <message>
        <source>signed a different document body</source>
        <translation>签署的是不同的公文正文</translation>
    </message>
    <message>
        <source>its number is not its place in the history</source>
        <translation>其序号与其在办理记录中的位置不符</translation>
    </message>
    <message>
        <source>The file is not a Zhengtong export bundle (not valid JSON).</source>
        <translation>该文件不是政通导出包（不是有效的 JSON）。</translation>
    </message>
    <message>
        <source>The file is not a Zhengtong export bundle.</source>
        <translation>该文件不是政通导出包。</translation>
    </message>
    <message>
        <source>The bundle has version %1; this program reads version %2.</source>
        <translation>导出包的版本为 %1，本程序只能读取版本 %2。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is too large to be a Zhengtong export bundle.</source>
        <translation>该文件过大，不可能是政通导出包。</translation>
    </message>
    <message>
        <source>The bundle is damaged: its seal images cannot be read.</source>
        <translation>导出包已损坏：无法读取其中的印章图片。</translation>
    </message>
    <message>
        <source>seal image matches the fingerprint the signature covers</source>
        <translation>印章图片与签名所覆盖的指纹一致</translation>
    </message>
    <message>
        <source>seal image not in the bundle (the placement is still signed)</source>
        <translation>导出包中缺少印章图片（盖章位置仍受签名保护）</translation>
    </message>
    <message>
        <source>seal image is NOT the one the signature covers</source>
        <translation>印章图片与签名所覆盖的图片不一致</translation>
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
    <message>
        <source>Your seal image did not reach the server; your sealed approval was not recorded. Choose your seal again and approve again.</source>
        <translation>您的印章图片未能上传到服务器，您的盖章审批未被记录。请重新选择印章后再次审批。</translation>
    </message>
    <message>
        <source>Only its author may remove an annotation.</source>
        <translation>只有批注的作者才能删除该批注。</translation>
    </message>
    <message>
        <source>This document has reached its limit of annotations; yours was not saved.</source>
        <translation>此公文的批注数量已达上限，您的批注未保存。</translation>
    </message>
</context>
<context>
    <name>zt::approval::ExportTexts</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported; all %n action(s) verified.</source>
        <translation>
            <numerusform>已导出；全部 %n 项办理操作均验证通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, but the document does not verify completely; see the report.</source>
        <translation>已导出，但公文未能完全通过验证，请查看验证报告。</translation>
    </message>
    <message>
        <source>Open the document before exporting it.</source>
        <translation>请先打开公文，再导出。</translation>
    </message>
    <message>
        <source>No sealed copy was made: %1</source>
        <translation>未生成盖章副本：%1</translation>
    </message>
</context>
<context>
    <name>zt::approval::MarksQueue</name>
    <message>
        <source>This annotation cannot be saved (empty note, or a position outside the page).</source>
        <translation>无法保存此批注（批注内容为空，或位置超出页面）。</translation>
    </message>
    <message>
        <source>Open the document once while online before annotating.</source>
        <translation>请先在联网时打开一次该公文，再添加批注。</translation>
    </message>
    <message>
        <source>Cannot save your annotation: %1</source>
        <translation>无法保存您的批注：%1</translation>
    </message>
    <message>
        <source>A seal must be a PNG image of at most 64 KiB and 1024×1024 pixels.</source>
        <translation>印章须为 PNG 图片，大小不超过 64 KiB，尺寸不超过 1024×1024 像素。</translation>
    </message>
    <message>
        <source>Cannot save your seal image: %1</source>
        <translation>无法保存您的印章图片：%1</translation>
    </message>
</context>
<context>
    <name>zt::approval::ReportTexts</name>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>拟稿</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核稿</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>会签</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Return to step %1</source>
        <translation>退回至环节 %1</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <translation>转办给%1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>提出意见</translation>
    </message>
    <message>
        <source>matches the fingerprint every signature covers</source>
        <translation>与各签名所覆盖的指纹一致</translation>
    </message>
    <message>
        <source>does NOT match the document&apos;s fingerprint</source>
        <translation>与公文的指纹不一致</translation>
    </message>
    <message>
        <source>complete: ends at the last signature recorded at export</source>
        <translation>完整：截至导出时记录的最后一个签名</translation>
    </message>
    <message>
        <source>NOT complete: actions were removed or added after export</source>
        <translation>不完整：导出后有办理操作被删除或添加</translation>
    </message>
    <message numerus="yes">
        <source>VERIFIED: all %n action(s) are signed and unaltered.</source>
        <translation>
            <numerusform>验证通过：全部 %n 项办理操作均已签名且未被篡改。</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1, at (%2, %3), width %4</source>
        <translation>第 %1 页，位置 (%2, %3)，宽度 %4</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issuing unit</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>%1 字节</translation>
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
        <translation>正文状态</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Signed actions</source>
        <translation>已签名的办理操作</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Seals placed</source>
        <translation>加盖的印章</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Public keys are those the bundle carries; compare the fingerprints with the ones published for these people to rule out a re-signed copy.</source>
        <translation>以上公钥取自导出包本身；请将其指纹与这些人员公布的公钥指纹进行核对，以排除被重新签名的副本。</translation>
    </message>
    <message>
        <source>document %1 &quot;%2&quot; %3</source>
        <translation>公文 %1“%2”%3</translation>
    </message>
    <message>
        <source>body: %1 bytes, SM3 %2 %3 %4</source>
        <translation>正文：%1 字节，SM3 %2 %3 %4</translation>
    </message>
    <message>
        <source>history: %1 %2</source>
        <translation>办理记录：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n seal image(s) missing.</source>
        <translation>
            <numerusform>警告：缺少 %n 张印章图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1 of %2 action(s) failed; body %3; history %4; seal images %5.</source>
        <translation>验证未通过：%2 项办理操作中有 %1 项未通过；正文 %3；办理记录 %4；印章图片 %5。</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>印章图片</translation>
    </message>
    <message>
        <source>Embedded seal images that are not the image their name says: %1</source>
        <translation>内嵌的印章图片与其名称所指的图片不符：%1</translation>
    </message>
    <message>
        <source>   seal of #%1: %2  %3 %4</source>
        <translation>   #%1 的印章：%2  %3 %4</translation>
    </message>
    <message>
        <source>seal image %1: %2 not the image its name says</source>
        <translation>印章图片 %1：%2 与其名称所指的图片不符</translation>
    </message>
</context>
<context>
    <name>zt::approval::SealedPdfTexts</name>
    <message>
        <source>the document&apos;s PDF is protected by a password</source>
        <translation>公文的 PDF 受密码保护</translation>
    </message>
    <message>
        <source>the document&apos;s PDF is damaged or not a PDF</source>
        <translation>公文的 PDF 已损坏或不是 PDF 文件</translation>
    </message>
    <message>
        <source>%1 (copy with seals)</source>
        <translation>%1（盖章副本）</translation>
    </message>
    <message>
        <source>page %1 of the document&apos;s PDF cannot be rendered</source>
        <translation>无法渲染公文 PDF 的第 %1 页</translation>
    </message>
    <message>
        <source>the sealed copy cannot be written</source>
        <translation>无法写入盖章副本</translation>
    </message>
</context>
<context>
    <name>zt::chat::DingService</name>
    <message>
        <source>The DING could not be saved on this computer.</source>
        <translation>无法在本机保存此 DING。</translation>
    </message>
</context>
<context>
    <name>zt::chat::Messenger</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>无法在本机保存此项更改。</translation>
    </message>
</context>
<context>
    <name>zt::chat::Refusal</name>
    <message>
        <source>Only the group owner or an admin may do this.</source>
        <translation>只有群主或管理员可以执行此操作。</translation>
    </message>
    <message>
        <source>Only the group owner may do this.</source>
        <translation>只有群主可以执行此操作。</translation>
    </message>
    <message>
        <source>The group owner cannot be removed.</source>
        <translation>不能移除群主。</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed.</source>
        <translation>不能更改群主的角色。</translation>
    </message>
    <message>
        <source>This does not apply to a one-to-one chat.</source>
        <translation>此操作不适用于单聊。</translation>
    </message>
    <message>
        <source>Only the sender may recall a message.</source>
        <translation>只有发送者可以撤回消息。</translation>
    </message>
    <message>
        <source>Only the owner or an admin may mention everyone.</source>
        <translation>只有群主或管理员可以@所有人。</translation>
    </message>
    <message>
        <source>Messages can only be recalled within 2 minutes of sending.</source>
        <translation>消息只能在发送后 2 分钟内撤回。</translation>
    </message>
    <message>
        <source>The group has reached its member limit.</source>
        <translation>群成员人数已达上限。</translation>
    </message>
    <message>
        <source>This scheduled DING has not been sent yet.</source>
        <translation>此定时 DING 尚未发送。</translation>
    </message>
    <message>
        <source>A DING can be sent again at most every 5 minutes.</source>
        <translation>同一条 DING 每 5 分钟最多重发一次。</translation>
    </message>
    <message>
        <source>The conversation or message no longer exists, or you are no longer a member.</source>
        <translation>会话或消息已不存在，或您已不是成员。</translation>
    </message>
    <message>
        <source>The server did not accept this input.</source>
        <translation>服务器不接受此输入。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>服务器拒绝了此项更改。</translation>
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
    <name>zt::ui::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional, e.g. “Agreed.”</source>
        <translation>选填，例如“同意。”</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>意见(&amp;O)：</translation>
    </message>
    <message>
        <source>Return &amp;to:</source>
        <translation>退回至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Delegate to:</source>
        <translation>转办给(&amp;D)：</translation>
    </message>
    <message>
        <source>Withdrawing ends the workflow; the document cannot be acted on afterwards.</source>
        <translation>撤回将终止流程，此后不能再办理该公文。</translation>
    </message>
    <message>
        <source>Step to return to</source>
        <translation>要退回的环节</translation>
    </message>
    <message>
        <source>&amp;Choose a person…</source>
        <translation>选择人员(&amp;C)…</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>尚未选择人员</translation>
    </message>
    <message>
        <source>Delegate to</source>
        <translation>选择转办人员</translation>
    </message>
    <message>
        <source>%1 has no account and cannot act on documents.</source>
        <translation>%1尚未开通政通账号，无法办理公文。</translation>
    </message>
    <message>
        <source>The opinion is too long (at most %1 characters).</source>
        <translation>意见过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>&amp;Place my seal on the document</source>
        <translation>在公文上加盖我的印章(&amp;P)</translation>
    </message>
    <message>
        <source>Place my seal…</source>
        <translation>加盖印章…</translation>
    </message>
    <message>
        <source>After OK, click where your seal goes on a page</source>
        <translation>确认后，在页面上点击要加盖印章的位置</translation>
    </message>
    <message>
        <source>Choose your seal image first (More ▸ Choose my seal image…)</source>
        <translation>请先选择您的印章图片（更多 ▸ 选择我的印章图片…）</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalNotice</name>
    <message>
        <source>Approval notice</source>
        <translation>审批提示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalPane</name>
    <message>
        <source>Available &amp;offline</source>
        <translation>离线可用(&amp;O)</translation>
    </message>
    <message>
        <source>Inbox views</source>
        <translation>公文分类</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>公文列表</translation>
    </message>
    <message>
        <source>Choose a document on the left.</source>
        <translation>请在左侧选择公文。</translation>
    </message>
    <message>
        <source>Keep the body and history on this computer, encrypted, to read and act on the document without a network</source>
        <translation>将正文和办理记录加密保存在本机，以便在无网络时阅读和办理该公文</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>无法加载列表：%1</translation>
    </message>
    <message>
        <source>Loading the document… %1%</source>
        <translation>正在加载公文… %1%</translation>
    </message>
    <message>
        <source>The document body is unavailable: %1</source>
        <translation>无法获取公文正文：%1</translation>
    </message>
    <message>
        <source>“%1”: your action is signed and waiting to be sent.</source>
        <translation>“%1”：您的办理操作已签名，正在等待发送。</translation>
    </message>
    <message>
        <source>“%1”: your action was recorded.</source>
        <translation>“%1”：您的办理操作已记录。</translation>
    </message>
    <message>
        <source>“%1”: your action was not taken. %2</source>
        <translation>“%1”：您的办理操作未能完成。%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No documents here.</source>
        <translation>此处没有公文。</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>公文 %1</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>正在加载公文…</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>公文 %1</translation>
    </message>
    <message>
        <source>“%1”: %2 The document now shows what happened.</source>
        <translation>“%1”：%2公文现已显示最新情况。</translation>
    </message>
    <message>
        <source>“%1”: not approved — placing the seal was cancelled.</source>
        <translation>“%1”：已取消加盖印章，未予同意。</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalTexts</name>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
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
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>拟稿</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核稿</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>会签</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>提出意见</translation>
    </message>
    <message>
        <source>Return to %1</source>
        <translation>退回至 %1</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <translation>转办给%1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办</translation>
    </message>
    <message>
        <source>Drafted by me</source>
        <translation>我起草的</translation>
    </message>
    <message>
        <source>Distributed to me</source>
        <translation>分发给我的</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>签名有效</translation>
    </message>
    <message>
        <source>Unknown signing key</source>
        <translation>未知的签名密钥</translation>
    </message>
    <message>
        <source>The signature does not match the action</source>
        <translation>签名与办理操作不符</translation>
    </message>
    <message>
        <source>The history was altered before this action</source>
        <translation>此操作之前的办理记录已被篡改</translation>
    </message>
    <message>
        <source>Signed for another document</source>
        <translation>签署的是另一份公文</translation>
    </message>
    <message>
        <source>Signed over another document body</source>
        <translation>签署的是另一份公文正文</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>环节 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
</context>
<context>
    <name>zt::ui::ApprovalTimeline</name>
    <message>
        <source>Workflow timeline</source>
        <translation>流程时间线</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
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
        <translation>已在本机签名，等待服务器接收</translation>
    </message>
</context>
<context>
    <name>zt::ui::AttachmentActions</name>
    <message>
        <source>Attachment saved to %1.</source>
        <translation>附件已保存到 %1。</translation>
    </message>
    <message>
        <source>The attachment could not be opened or saved: %1</source>
        <translation>无法打开或保存附件：%1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
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
    <name>zt::ui::BundleExporter</name>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <translation>导出失败。%1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>公文 %1</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Approval bundles (*.json)</source>
        <translation>审批导出包 (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
</context>
<context>
    <name>zt::ui::Composer</name>
    <message>
        <source>S&amp;end</source>
        <translation>发送(&amp;E)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Type a message; Enter sends, Shift+Enter starts a new line</source>
        <translation>输入消息，按 Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>取消回复</translation>
    </message>
    <message>
        <source>Reply to: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>📎</source>
        <translation>📎</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Send files (up to 100 MB each); you can also drop them on the messages</source>
        <translation>发送文件（每个不超过 100 MB）；也可以将文件拖放到消息区域</translation>
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
        <translation>确认收到(&amp;C)</translation>
    </message>
    <message>
        <source>DING alert</source>
        <translation>DING 提醒</translation>
    </message>
    <message>
        <source>Mark the DING as read and show where it came from</source>
        <translation>将此 DING 标为已读，并显示其来源</translation>
    </message>
    <message>
        <source>Tell the sender you have received the DING</source>
        <translation>告知发送人您已收到此 DING</translation>
    </message>
    <message>
        <source>DING from %1: %2</source>
        <translation>来自%1的 DING：%2</translation>
    </message>
    <message>
        <source>%1 (reminder %2)</source>
        <translation>%1（第 %2 次提醒）</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>还有 %n 条待确认</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::DingCenter</name>
    <message>
        <source>DING pages</source>
        <translation>DING 页面</translation>
    </message>
    <message>
        <source>&amp;Sent DINGs</source>
        <translation>已发 DING(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New DING…</source>
        <translation>发 DING(&amp;N)…</translation>
    </message>
    <message>
        <source>Sent DINGs</source>
        <translation>已发 DING</translation>
    </message>
    <message>
        <source>Choose a DING on the left to see who has confirmed it.</source>
        <translation>在左侧选择一条 DING，查看哪些人已确认。</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingComposer</name>
    <message>
        <source>DING this message</source>
        <translation>将此消息发 DING</translation>
    </message>
    <message>
        <source>New DING</source>
        <translation>发 DING</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Every other member of the conversation</source>
        <translation>会话中的其他所有成员</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>&amp;Choose people…</source>
        <translation>选择人员(&amp;C)…</translation>
    </message>
    <message>
        <source>DING text</source>
        <translation>DING 内容</translation>
    </message>
    <message>
        <source>Optional: the message&apos;s text is used</source>
        <translation>选填：默认使用消息原文</translation>
    </message>
    <message>
        <source>What must the recipients confirm?</source>
        <translation>需要接收人确认的事项</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>Send &amp;later at</source>
        <translation>定时发送(&amp;L)</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
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
        <translation>发送 DING(&amp;S)</translation>
    </message>
    <message>
        <source>DING: choose recipients</source>
        <translation>DING：选择接收人</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>尚未选择人员</translation>
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
            <numerusform>所选人员中有 %n 人未开通账号，无法接收 DING，已略去。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>请至少选择一名接收人。</translation>
    </message>
    <message>
        <source>A DING goes to at most %1 people.</source>
        <translation>一条 DING 最多发给 %1 人。</translation>
    </message>
    <message>
        <source>Write what the recipients must confirm.</source>
        <translation>请填写需要接收人确认的事项。</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>内容过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose a time in the future to send the DING later.</source>
        <translation>定时发送请选择一个将来的时间。</translation>
    </message>
    <message>
        <source>The DING could not be saved on this computer. Try again.</source>
        <translation>无法在本机保存此 DING，请重试。</translation>
    </message>
    <message>
        <source>Optional: one file, at most 100 MB</source>
        <translation>可选：一个文件，不超过 100 MB</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>The attached file cannot be read.</source>
        <translation>无法读取附件。</translation>
    </message>
    <message>
        <source>The attached file is larger than 100 MB.</source>
        <translation>附件大小超过 100 MB。</translation>
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
        <translation>送达时间</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>确认时间</translation>
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
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人数</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达人数</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认人数</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>送达率</translation>
    </message>
    <message>
        <source>Confirmation rate</source>
        <translation>确认率</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>平均处理时长</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingSentModel</name>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Waiting to reach the server…</source>
        <translation>等待送达服务器…</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>定时于 %1 发送</translation>
    </message>
    <message numerus="yes">
        <source>%1 · to %n people</source>
        <translation>
            <numerusform>%1 · 发给 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zt::ui::DingStatsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
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
        <translation>自定义时间段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>DINGs of the period</source>
        <translation>本时间段的 DING</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人数</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>送达率</translation>
    </message>
    <message>
        <source>Confirmation rate</source>
        <translation>确认率</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>You sent no DING in this period.</source>
        <translation>您在此时间段内未发送 DING。</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingStatusView</name>
    <message>
        <source>&amp;Re-DING the unconfirmed</source>
        <translation>再次 DING 未确认人员(&amp;R)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Confirmed %1/%2 · Delivered %3/%2 · Read %4/%2</source>
        <translation>已确认 %1/%2 · 已送达 %3/%2 · 已读 %4/%2</translation>
    </message>
    <message>
        <source>Choose a DING to see who has confirmed it.</source>
        <translation>选择一条 DING，查看哪些人已确认。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Waiting to reach the server…</source>
        <translation>等待送达服务器…</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>定时于 %1 发送</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · reminded %n times</source>
        <translation>
            <numerusform>发送于 %1 · 已提醒 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>发送于 %1</translation>
    </message>
    <message>
        <source>The DING has not gone out yet</source>
        <translation>此 DING 尚未发出</translation>
    </message>
    <message>
        <source>Everyone has confirmed</source>
        <translation>所有人均已确认</translation>
    </message>
    <message>
        <source>You can re-DING from %1 on</source>
        <translation>%1 起可再次 DING</translation>
    </message>
    <message>
        <source>Send the DING again to everyone who has not confirmed</source>
        <translation>向所有未确认的人员再次发送此 DING</translation>
    </message>
</context>
<context>
    <name>zt::ui::DingTexts</name>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
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
        <translation>各单位送达率与确认率</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Arrival rate (%)</source>
        <translation>送达率（%）</translation>
    </message>
    <message>
        <source>Confirmation rate (%)</source>
        <translation>确认率（%）</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>No DINGs in this period</source>
        <translation>此时间段内没有 DING</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentActionBar</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the document with its signed history and a verification report, for proof without this program</source>
        <translation>将公文连同已签名的办理记录和验证报告一并保存，无需本程序即可用作凭证</translation>
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
        <translation>选择我的印章图片(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentMarks</name>
    <message>
        <source>Your annotation was not saved. %1</source>
        <translation>您的批注未保存。%1</translation>
    </message>
    <message>
        <source>The server refused your annotation: %1</source>
        <translation>服务器拒绝了您的批注：%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Click on a page to pin a note there</source>
        <translation>点击页面，在该处添加批注</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Drag a rectangle on a page to highlight it (Esc to stop)</source>
        <translation>在页面上拖出矩形区域进行高亮标记（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Note on page %1:</source>
        <translation>第 %1 页的批注：</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>批注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Your seal can be placed once the document is shown; it was not approved.</source>
        <translation>须待公文显示后才能加盖印章，本次未予同意。</translation>
    </message>
    <message>
        <source>Click where your seal goes on the page. Esc cancels the approval.</source>
        <translation>请在页面上点击要加盖印章的位置。按 Esc 可取消本次同意。</translation>
    </message>
</context>
<context>
    <name>zt::ui::DocumentSidePanel</name>
    <message>
        <source>No attachments</source>
        <translation>无附件</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>发文单位：</translation>
    </message>
    <message>
        <source>Security level:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Drafter:</source>
        <translation>拟稿人：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation>流程环节</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>时间线</translation>
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
            <numerusform>全部 %n 个签名均验证通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) fail verification: the history cannot be trusted</source>
        <translation>
            <numerusform>%n 项办理操作未通过验证：办理记录不可信</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Double-click to open; right-click to save a copy</source>
        <translation>双击打开；右键单击可另存副本</translation>
    </message>
</context>
<context>
    <name>zt::ui::EmojiPicker</name>
    <message>
        <source>Insert emoji</source>
        <translation>插入表情</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>表情</translation>
    </message>
</context>
<context>
    <name>zt::ui::FileActions</name>
    <message>
        <source>The file was not sent: %1</source>
        <translation>文件未发送：%1</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>已将“%1”保存到 %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>A file could not be downloaded: %1</source>
        <translation>有文件下载失败：%1</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>无法下载“%1”：%2</translation>
    </message>
    <message>
        <source>No application is set up to open “%1”.</source>
        <translation>未设置用于打开“%1”的应用程序。</translation>
    </message>
</context>
<context>
    <name>zt::ui::FileCardPainter</name>
    <message>
        <source>Failed: %1 · Retry</source>
        <translation>失败：%1 · 重试</translation>
    </message>
    <message>
        <source>Failed: %1 · Click to try again</source>
        <translation>失败：%1 · 点击重试</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>正在发送 %1%</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>正在下载 %1%</translation>
    </message>
    <message>
        <source>Click to view</source>
        <translation>点击查看</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>点击打开</translation>
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
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>“%1” is %2; files up to %3 can be sent.</source>
        <translation>“%1”大小为 %2；只能发送不超过 %3 的文件。</translation>
    </message>
    <message>
        <source>Not signed in: the files were not sent.</source>
        <translation>未登录：文件未发送。</translation>
    </message>
</context>
<context>
    <name>zt::ui::ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
</context>
<context>
    <name>zt::ui::LinkOpener</name>
    <message>
        <source>Open external link</source>
        <translation>打开外部链接</translation>
    </message>
    <message>
        <source>This link leads to a site outside the government network:

%1

Open it in the browser?</source>
        <translation>此链接指向政务网以外的网站：

%1

是否在浏览器中打开？</translation>
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
    <message>
        <source>Approvals</source>
        <translation>公文审批</translation>
    </message>
    <message>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <source>A DING is waiting for your confirmation.</source>
        <translation>有一条 DING 等待您确认。</translation>
    </message>
</context>
<context>
    <name>zt::ui::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>可@提及的人员</translation>
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
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not sent: %1 (right-click to retry)</source>
        <translation>未发送：%1（右键单击可重试）</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>All read</source>
        <translation>全部已读</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 人未读</numerusform>
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
        <translation>%1将%2加入了群</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1将%2移出了群</translation>
    </message>
    <message>
        <source>%1 left the group</source>
        <translation>%1退出了群</translation>
    </message>
    <message>
        <source>The group was changed</source>
        <translation>群信息已更改</translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation>您撤回了一条消息</translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>%1撤回了一条消息</translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation>[文件] %1</translation>
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
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>zt::ui::MessagesPane</name>
    <message>
        <source>&amp;New group</source>
        <translation>发起群聊(&amp;N)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话列表</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>DING…</source>
        <translation>DING…</translation>
    </message>
    <message>
        <source>Read (%1): %2
Not read (%3): %4</source>
        <translation>已读（%1）：%2
未读（%3）：%4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New group: choose members</source>
        <translation>发起群聊：选择成员</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>发起群聊</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>群名称：</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>请选择会话</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n members)</source>
        <translation>
            <numerusform>%1（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>撤回(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Who has &amp;read it</source>
        <translation>查看已读情况(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>转发(&amp;F)…</translation>
    </message>
    <message>
        <source>Send as &amp;DING…</source>
        <translation>以 DING 发送(&amp;D)…</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>转发给：</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>未找到消息</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>zt::ui::NameBook</name>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
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
    <name>zt::ui::PageMarksLayer</name>
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Highlight by %1</source>
        <translation>%1的高亮标记</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
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
        <translation>关闭提示</translation>
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
    <name>zt::ui::PdfMarksTool</name>
    <message>
        <source>Add &amp;note here…</source>
        <translation>在此处添加批注(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Highlight an area</source>
        <translation>高亮标记区域(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove my note</source>
        <translation>删除我的批注(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove my highlight</source>
        <translation>删除我的高亮标记(&amp;R)</translation>
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
    <name>zt::ui::SealImageChooser</name>
    <message>
        <source>Your seal image is set. It is sent with your next sealed approval.</source>
        <translation>已设置您的印章图片，将随您下一次盖章审批一并上传。</translation>
    </message>
    <message>
        <source>Your seal image was not set. %1</source>
        <translation>未能设置您的印章图片。%1</translation>
    </message>
    <message>
        <source>The server refused your seal image: %1</source>
        <translation>服务器拒绝了您的印章图片：%1</translation>
    </message>
    <message>
        <source>Choose your seal image</source>
        <translation>选择您的印章图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>“%1” cannot be your seal: choose a PNG image of at most 64 KiB.</source>
        <translation>“%1”不能用作印章：请选择不超过 64 KiB 的 PNG 图片。</translation>
    </message>
    <message>
        <source>“%1” cannot be your seal: it must be a PNG image of at most 64 KiB and 1024×1024 pixels.</source>
        <translation>“%1”不能用作印章：印章须为 PNG 图片，大小不超过 64 KiB，尺寸不超过 1024×1024 像素。</translation>
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
    <name>zt::ui::TransferProgress</name>
    <message>
        <source>the file could not be downloaded</source>
        <translation>无法下载该文件</translation>
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
