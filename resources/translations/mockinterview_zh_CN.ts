<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Audio</name>
    <message>
        <source>%1 is still open</source>
        <translation>%1 仍处于打开状态</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>no WAV file is open</source>
        <translation>没有打开的 WAV 文件</translation>
    </message>
    <message>
        <source>%1 has reached the largest size a WAV file can have</source>
        <translation>%1 已达到 WAV 文件的最大容量</translation>
    </message>
</context>
<context>
    <name>AudioPlayButton</name>
    <message>
        <source>Play the recorded answer</source>
        <translation>播放录下的回答</translation>
    </message>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>无法播放录音：%1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>播放录音</translation>
    </message>
    <message>
        <source>Pause the recorded answer</source>
        <translation>暂停播放录下的回答</translation>
    </message>
    <message>
        <source>Listen to the recorded answer</source>
        <translation>收听录下的回答</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>session-%1.mibundle</source>
        <translation>练习-%1.mibundle</translation>
    </message>
    <message>
        <source>Export session bundle</source>
        <translation>导出练习包</translation>
    </message>
    <message>
        <source>Saved %1.
It holds the answers, their audio, the scores and any review; send it to your mentor.</source>
        <translation>已保存 %1。
其中包含回答、录音、得分和评审意见，可以发给你的导师。</translation>
    </message>
    <message>
        <source>Import session bundle</source>
        <translation>导入练习包</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何内容。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported a new session with %n answer(s).</source>
        <translation>
            <numerusform>已导入一次新练习，共 %n 个回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>This session was already here; its review has been updated from the bundle.</source>
        <translation>这次练习已经存在，已用练习包中的评审意见更新。</translation>
    </message>
    <message>
        <source>This session was already here; nothing new in the bundle.</source>
        <translation>这次练习已经存在，练习包中没有新内容。</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>the audio of turn %1 cannot be read (%2): %3</source>
        <translation>无法读取第 %1 轮的录音（%2）：%3</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s contents are malformed</source>
        <translation>%1：会话包的内容格式有误</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s manifest is not valid JSON (%2)</source>
        <translation>%1：会话包的清单不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a session bundle</source>
        <translation>%1 不是会话包</translation>
    </message>
    <message>
        <source>%1 is truncated (the header is incomplete)</source>
        <translation>%1 不完整（文件头残缺）</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (bundle format %2; this one reads up to %3)</source>
        <translation>%1 由更新的版本写入（会话包格式 %2；本程序最高只能读取 %3）</translation>
    </message>
    <message>
        <source>%1 is truncated (%2 of %3 bytes)</source>
        <translation>%1 不完整（只有 %3 字节中的 %2 字节）</translation>
    </message>
    <message>
        <source>%1 has %2 unexpected bytes after its end</source>
        <translation>%1 的末尾之后多出 %2 个字节</translation>
    </message>
    <message>
        <source>%1 is corrupt (its checksum does not match)</source>
        <translation>%1 已损坏（校验和不符）</translation>
    </message>
    <message>
        <source>audio[%1]: turn %2 is not in the bundle</source>
        <translation>audio[%1]：会话包中没有第 %2 轮</translation>
    </message>
    <message>
        <source>audio[%1]: the file %2 is missing from the bundle</source>
        <translation>audio[%1]：会话包中缺少文件 %2</translation>
    </message>
    <message>
        <source>audio[%1]: %2 does not match its checksum</source>
        <translation>audio[%1]：%2 与其校验和不符</translation>
    </message>
    <message>
        <source>this file is not a session bundle (its manifest has no &apos;%1&apos; format)</source>
        <translation>这个文件不是会话包（清单中没有“%1”格式）</translation>
    </message>
    <message>
        <source>turns: turn %1 appears twice</source>
        <translation>turns：第 %1 轮出现了两次</translation>
    </message>
    <message>
        <source>review: turn %1 is not in the bundle</source>
        <translation>review：会话包中没有第 %1 轮</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
    <message>
        <source>should hold only text</source>
        <translation>只能包含文本</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>不是 ISO 8601 格式的时间</translation>
    </message>
    <message>
        <source>unknown point kind &apos;%1&apos;</source>
        <translation>未知的要点类型“%1”</translation>
    </message>
    <message>
        <source>%1: should be an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>is not a session id</source>
        <translation>不是会话 ID</translation>
    </message>
    <message>
        <source>should be a number in text</source>
        <translation>应为以文本表示的数字</translation>
    </message>
    <message>
        <source>missing or negative</source>
        <translation>缺失或为负数</translation>
    </message>
    <message>
        <source>should be question or followup</source>
        <translation>应为 question 或 followup</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>item %1 should be an object</source>
        <translation>第 %1 项应为对象</translation>
    </message>
    <message>
        <source>needs a position and hit, partial or miss</source>
        <translation>需要位置，以及 hit、partial 或 miss</translation>
    </message>
    <message>
        <source>should be strong_hire, hire, lean_no or no</source>
        <translation>应为 strong_hire、hire、lean_no 或 no</translation>
    </message>
</context>
<context>
    <name>CandidateWindow</name>
    <message>
        <source>&amp;Submit answer</source>
        <translation>提交回答(&amp;S)</translation>
    </message>
    <message>
        <source>Mock Interview — Candidate</source>
        <translation>模拟面试 — 候选人</translation>
    </message>
    <message>
        <source>Time on this answer</source>
        <translation>本题用时</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <source>Type your answer (or speak it; your mentor is listening)…</source>
        <translation>在此输入回答（也可以直接口述，导师正在听）…</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>CommentList</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Mentor comments on this answer</source>
        <translation>导师对本题回答的批注</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>批注(&amp;C)…</translation>
    </message>
    <message>
        <source>Comment on the selected words of the answer, or on the whole answer when nothing is selected (Ctrl+Alt+M)</source>
        <translation>批注回答中选中的文字；未选中文字时批注整个回答（Ctrl+Alt+M）</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>On “%1”: </source>
        <translation>关于“%1”：</translation>
    </message>
    <message>
        <source>%1%2
— %3, %4</source>
        <translation>%1%2
— %3，%4</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>the engine has already started</source>
        <translation>面试引擎已经开始</translation>
    </message>
    <message>
        <source>turn %1 differs from the saved session (the pack has changed)</source>
        <translation>第 %1 轮与保存的会话不一致（题库已改动）</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Add the reference answers as an appendix</source>
        <translation>附上参考答案作为附录</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国 Letter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Candidate name:</source>
        <translation>候选人姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>纸张大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Show the &amp;welcome screen at the next start</source>
        <translation>下次启动时显示欢迎页(&amp;W)</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English（英文）</translation>
    </message>
    <message>
        <source>Chinese (Simplified) — %1</source>
        <translation>简体中文 — %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Mentor name</source>
        <translation>导师姓名</translation>
    </message>
    <message>
        <source>Signs your scores, comments and verdicts when you review a session or lead an interview</source>
        <translation>复盘练习记录或主持面试时，用于署名你的评分、批注和结论</translation>
    </message>
    <message>
        <source>The language and the data folder take effect when Mock Interview is restarted. Your history stays where it is: to keep it, move mockinterview.sqlite into the new folder yourself. Leave the folder empty for the standard place.</source>
        <translation>界面语言和数据文件夹在重新启动模拟面试后生效。练习记录不会自动搬走：如需保留，请自行把 mockinterview.sqlite 移到新文件夹。留空则使用默认位置。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Mentor name:</source>
        <translation>导师姓名(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Open report</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续练习(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>进度(&amp;P)…</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>题库</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <source>Question packs</source>
        <translation>题库列表</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation>练习历史</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;历史记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show sessions of</source>
        <translation>按题库筛选练习</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>全部题库</translation>
    </message>
    <message>
        <source>A round of the questions whose missed points are due for review (spaced repetition)</source>
        <translation>把漏答要点已到复习时间的题目练一轮（间隔重复）</translation>
    </message>
    <message numerus="yes">
        <source>Review weak spots (%n due)</source>
        <translation>
            <numerusform>复习薄弱点（%n 项待复习）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>&amp;Submit answer</source>
        <translation>提交回答(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>结束练习(&amp;E)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <source>Score this answer (Ctrl+Enter)</source>
        <translation>为这个回答评分（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Could not save the draft: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Question %1 of %2 · follow-up</source>
        <translation>第 %1 题，共 %2 题 · 追问</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>追问：%1</translation>
    </message>
    <message>
        <source>Level estimate %1 / 5</source>
        <translation>能力评估 %1 / 5</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Time is up: the answer was submitted as it stood.</source>
        <translation>时间到：已按当前内容提交回答。</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>回答为空</translation>
    </message>
    <message>
        <source>Submit an empty answer? It will score 0.</source>
        <translation>确定提交空回答吗？得分将为 0。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>追问(&amp;F)</translation>
    </message>
    <message>
        <source>Session saved; resume it from the history.</source>
        <translation>练习已保存，可以在历史记录中继续。</translation>
    </message>
    <message>
        <source>Session finished: overall score %1</source>
        <translation>练习结束：总分 %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Type your answer here, or speak it (Ctrl+R). Ctrl+Enter submits.</source>
        <translation>在这里输入回答，或直接说出来（Ctrl+R）。Ctrl+Enter 提交。</translation>
    </message>
    <message>
        <source>Could not keep the recording: %1</source>
        <translation>无法保存录音：%1</translation>
    </message>
    <message>
        <source>Go to the follow-up or next question (Ctrl+N, or Enter once scored)</source>
        <translation>进入追问或下一题（Ctrl+N，评分后也可按 Enter）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mock Interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <source>History is not saved: %1</source>
        <translation>历史记录无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n pack file(s) could not be loaded — Help ▸ Pack problems</source>
        <translation>
            <numerusform>%n 个题库文件无法加载 — 见 帮助 ▸ 题库问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question pack(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 个题库</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>进度(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Review session…</source>
        <translation>评审练习(&amp;R)…</translation>
    </message>
    <message>
        <source>Export session &amp;bundle…</source>
        <translation>导出练习包(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import session bundle…</source>
        <translation>导入练习包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Pack problems…</source>
        <translation>题库问题(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Mock Interview</source>
        <translation>关于模拟面试</translation>
    </message>
    <message>
        <source>Practise senior ops, SRE and Kubernetes interviews: answer, get scored against a rubric, and drill into follow-ups. Everything stays on this computer.</source>
        <translation>练习高级运维、SRE 和 Kubernetes 岗位的面试：作答，按评分细则打分，再应对层层追问。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>无法开始</translation>
    </message>
    <message>
        <source>Unknown pack.</source>
        <translation>未知的题库。</translation>
    </message>
    <message>
        <source>The practice database is not available: %1</source>
        <translation>练习数据库不可用：%1</translation>
    </message>
    <message>
        <source>Nothing to practise</source>
        <translation>没有可练习的题目</translation>
    </message>
    <message>
        <source>No question matches the chosen rounds or topics.</source>
        <translation>所选轮次或主题下没有题目。</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>无法打开练习</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>练习 %1 — %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>interview-%1-%2.pdf</source>
        <translation>模拟面试-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>已保存 %1（%2）</translation>
    </message>
    <message>
        <source>Compare attempts</source>
        <translation>对比多次作答</translation>
    </message>
    <message>
        <source>This question has been answered only once so far.</source>
        <translation>这道题目前只答过一次。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Review weak spots</source>
        <translation>复习薄弱点</translation>
    </message>
    <message>
        <source>Nothing is due for review in this language.</source>
        <translation>这种语言下暂时没有需要复习的内容。</translation>
    </message>
    <message>
        <source>The pack &apos;%1&apos; is not loaded.</source>
        <translation>题库“%1”未加载。</translation>
    </message>
    <message>
        <source>Cannot resume session</source>
        <translation>无法继续练习</translation>
    </message>
    <message>
        <source>Select a session in the history first.</source>
        <translation>请先在历史记录中选择一次练习。</translation>
    </message>
    <message>
        <source>Review session</source>
        <translation>评审练习</translation>
    </message>
    <message>
        <source>End the session first (it is saved as you go).</source>
        <translation>请先结束当前练习（练习过程会随时保存）。</translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation>题库问题</translation>
    </message>
    <message>
        <source>All pack files loaded without errors.</source>
        <translation>所有题库文件均已加载，没有错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were skipped; the other packs are available.</source>
        <translation>
            <numerusform>已跳过 %n 个文件，其他题库可以正常使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>欢迎页(&amp;W)…</translation>
    </message>
    <message>
        <source>No question pack is loaded — Help ▸ Pack problems</source>
        <translation>没有加载任何题库 — 帮助 ▸ 题库问题</translation>
    </message>
    <message>
        <source>Saved. The language and the data folder change when Mock Interview is restarted.</source>
        <translation>已保存。界面语言和数据文件夹在重新启动模拟面试后生效。</translation>
    </message>
</context>
<context>
    <name>MentorConsole</name>
    <message>
        <source>&amp;Score answer</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Mock Interview — Mentor console</source>
        <translation>模拟面试 — 导师控制台</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer as they type</source>
        <translation>候选人正在输入的回答</translation>
    </message>
    <message>
        <source>Candidate&apos;s answer (live)</source>
        <translation>候选人的回答（实时）</translation>
    </message>
    <message>
        <source>Rubric checklist: tick what the candidate covers</source>
        <translation>评分要点清单：勾选候选人答到的要点</translation>
    </message>
    <message>
        <source>Suggested follow-ups</source>
        <translation>建议的追问</translation>
    </message>
    <message>
        <source>Mentor&apos;s notes on this answer</source>
        <translation>导师对本题回答的笔记</translation>
    </message>
    <message>
        <source>Notes on this answer (saved as your comment)</source>
        <translation>对本题回答的笔记（保存为你的批注）</translation>
    </message>
    <message>
        <source>Show &amp;candidate window</source>
        <translation>显示候选人窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;End interview</source>
        <translation>结束面试(&amp;E)</translation>
    </message>
    <message>
        <source>Rubric — tick while the candidate speaks</source>
        <translation>评分要点 — 候选人作答时勾选</translation>
    </message>
    <message>
        <source>Follow-ups and why</source>
        <translation>追问及原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>The practice database is not available: %1</source>
        <translation>练习数据库不可用：%1</translation>
    </message>
    <message>
        <source>%1 · Question %2 of %3%4</source>
        <translation>%1 · 第 %2 题，共 %3 题%4</translation>
    </message>
    <message>
        <source> · follow-up</source>
        <translation> · 追问</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>✗ states: %1</source>
        <translation>✗ 错误说法：%1</translation>
    </message>
    <message>
        <source>%1%2
%3</source>
        <translation>%1%2
%3</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>接下来：</translation>
    </message>
    <message>
        <source>No follow-up: the next question comes.</source>
        <translation>没有追问，接下来是下一题。</translation>
    </message>
    <message>
        <source>if still not covered: %1</source>
        <translation>如果仍未答到：%1</translation>
    </message>
    <message>
        <source>they mentioned “%1”</source>
        <translation>候选人提到了“%1”</translation>
    </message>
    <message>
        <source>if the score is %1–%2</source>
        <translation>如果得分在 %1–%2 之间</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Machine score %1 · %2 of %3 points ticked</source>
        <translation>自动评分 %1 · 已勾选 %2/%3 个要点</translation>
    </message>
    <message>
        <source>Answer received. Your mentor will continue.</source>
        <translation>回答已收到，导师会继续面试。</translation>
    </message>
    <message>
        <source>ticked live</source>
        <translation>现场勾选</translation>
    </message>
    <message>
        <source>Mentor console</source>
        <translation>导师控制台</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>no such file or directory</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>pack id &apos;%1&apos; is already used by %2</source>
        <translation>题库 ID“%1”已被 %2 使用</translation>
    </message>
    <message>
        <source>question id &apos;%1&apos; is already used in pack &apos;%2&apos;</source>
        <translation>题目 ID“%1”已在题库“%2”中使用</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be &apos;zh&apos; or &apos;en&apos;, got &apos;%1&apos;</source>
        <translation>“language”必须是“zh”或“en”，实际是“%1”</translation>
    </message>
    <message>
        <source>&apos;rounds&apos; must not be empty</source>
        <translation>“rounds”不能为空</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;</source>
        <translation>重复的%1 ID“%2”</translation>
    </message>
    <message>
        <source>&apos;questions&apos; must not be empty</source>
        <translation>“questions”不能为空</translation>
    </message>
    <message>
        <source>question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>追问</translation>
    </message>
    <message>
        <source>rubric point</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <source>a rubric needs at least one core point</source>
        <translation>评分标准至少需要一个核心要点</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be core, bonus or misconception, got &apos;%1&apos;</source>
        <translation>“kind”必须是 core、bonus 或 misconception，实际是“%1”</translation>
    </message>
    <message>
        <source>a trigger needs exactly one of: missed, mentioned, score_band, always</source>
        <translation>触发条件必须恰好是以下之一：missed、mentioned、score_band、always</translation>
    </message>
    <message>
        <source>trigger refers to unknown rubric point &apos;%1&apos; of question &apos;%2&apos;</source>
        <translation>触发条件引用了题目“%2”中不存在的评分要点“%1”</translation>
    </message>
    <message>
        <source>&apos;score_band&apos; must be [low, high] with 0 &lt;= low &lt;= high &lt;= 100</source>
        <translation>“score_band”必须是 [low, high]，且 0 &lt;= low &lt;= high &lt;= 100</translation>
    </message>
    <message>
        <source>&apos;always&apos; must be true</source>
        <translation>“always”必须为 true</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>这里应为映射（键值对）</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (allowed: %2)</source>
        <translation>未知的键“%1”（允许：%2）</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>缺少必需的键“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>“%1”不能为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (use 1-64 of a-z 0-9 . _ -, starting with a letter or digit)</source>
        <translation>“%1”不是有效的 ID（请用 1–64 个 a-z 0-9 . _ - 字符，以字母或数字开头）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an integer</source>
        <translation>“%1”必须是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3, got %4</source>
        <translation>“%1”必须在 %2 到 %3 之间，实际是 %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be greater than %2 and at most %3</source>
        <translation>“%1”必须大于 %2 且不超过 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>“%1”必须是字符串列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; entries must be non-empty strings</source>
        <translation>“%1”的每一项都必须是非空字符串</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>“%1”必须是列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping</source>
        <translation>“%1”必须是映射（键值对）</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>已答到</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未答到</translation>
    </message>
    <message>
        <source>misconception</source>
        <translation>错误观点</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Why this was asked</source>
        <translation>提问原因</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Answered %1 s over the time limit</source>
        <translation>作答超时 %1 秒</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>问答数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Average score per round</source>
        <translation>各轮平均得分</translation>
    </message>
    <message>
        <source>Weakest points</source>
        <translation>最薄弱的要点</translation>
    </message>
    <message>
        <source>Compare with other attempts at this question</source>
        <translation>与这道题的其他作答对比</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Score per session, by pack</source>
        <translation>每次练习的得分（按题库）</translation>
    </message>
    <message>
        <source>Average score per session, by topic</source>
        <translation>每次练习的平均得分（按主题）</translation>
    </message>
    <message>
        <source>Points missed most often</source>
        <translation>最常漏答的要点</translation>
    </message>
    <message>
        <source>No practice sessions yet.</source>
        <translation>还没有练习记录。</translation>
    </message>
    <message>
        <source>missed %1 of %2 times</source>
        <translation>%2 次中漏答 %1 次</translation>
    </message>
    <message>
        <source>Practice transcript</source>
        <translation>练习实录</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>题库</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Appendix: reference answers</source>
        <translation>附录：参考答案</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Mentor&apos;s review</source>
        <translation>导师评审</translation>
    </message>
    <message>
        <source>Mentor&apos;s score</source>
        <translation>导师评分</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动评分</translation>
    </message>
    <message>
        <source>Rubric point</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>自动判定</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师判定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>on</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Mentor&apos;s verdict</source>
        <translation>导师结论</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>录用建议</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>To work on</source>
        <translation>待提升</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分命中</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>Strong hire</source>
        <translation>强烈建议录用</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>建议录用</translation>
    </message>
    <message>
        <source>Lean no</source>
        <translation>倾向不录用</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不录用</translation>
    </message>
    <message>
        <source>Spoken:</source>
        <translation>语音作答：</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>说话时长</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>words/min</source>
        <translation>词/分钟</translation>
    </message>
    <message>
        <source>characters/min</source>
        <translation>字/分钟</translation>
    </message>
    <message>
        <source>fillers</source>
        <translation>口头禅</translation>
    </message>
    <message>
        <source>long pauses</source>
        <translation>长停顿</translation>
    </message>
    <message>
        <source>Too short: say more.</source>
        <translation>回答太短：请多讲一些。</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>a page&apos;s resources are not a dictionary</source>
        <translation>页面的资源不是字典</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF 没有任何页面</translation>
    </message>
    <message>
        <source>page %1 has no media box</source>
        <translation>第 %1 页没有页面尺寸（MediaBox）</translation>
    </message>
    <message>
        <source>the PDF catalog has no page tree</source>
        <translation>PDF 目录中没有页面树</translation>
    </message>
    <message>
        <source>page tree node %1 is not a dictionary</source>
        <translation>页面树节点 %1 不是字典</translation>
    </message>
    <message>
        <source>there is no PDF to put together</source>
        <translation>没有可合并的 PDF</translation>
    </message>
    <message>
        <source>part %1: %2</source>
        <translation>第 %1 部分：%2</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <source>the PDF has no cross-reference table (no startxref)</source>
        <translation>PDF 没有交叉引用表（缺少 startxref）</translation>
    </message>
    <message>
        <source>the PDF trailer names no document catalog</source>
        <translation>PDF 文件尾没有指明文档目录</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference sections form a loop</source>
        <translation>PDF 的交叉引用段构成了循环</translation>
    </message>
    <message>
        <source>the PDF uses a cross-reference stream (PDF 1.5 compression), which is not supported</source>
        <translation>PDF 使用了交叉引用流（PDF 1.5 压缩），暂不支持</translation>
    </message>
    <message>
        <source>bad cross-reference table at byte %1</source>
        <translation>第 %1 字节处的交叉引用表有误</translation>
    </message>
    <message>
        <source>bad cross-reference entry at byte %1</source>
        <translation>第 %1 字节处的交叉引用条目有误</translation>
    </message>
    <message>
        <source>the PDF trailer is not a dictionary</source>
        <translation>PDF 文件尾不是字典</translation>
    </message>
    <message>
        <source>the PDF&apos;s /Prev points past the end of the file</source>
        <translation>PDF 的 /Prev 指向了文件末尾之后</translation>
    </message>
    <message>
        <source>object %1 lies outside the file</source>
        <translation>对象 %1 位于文件范围之外</translation>
    </message>
    <message>
        <source>stream object %1 has no valid /Length</source>
        <translation>流对象 %1 没有有效的 /Length</translation>
    </message>
    <message>
        <source>stream object %1 runs past the end of the file</source>
        <translation>流对象 %1 超出了文件末尾</translation>
    </message>
    <message>
        <source>the PDF page tree loops or is too deep at object %1</source>
        <translation>PDF 页面树在对象 %1 处循环或嵌套过深</translation>
    </message>
    <message>
        <source>page tree node %1 has neither /Type /Page nor /Kids</source>
        <translation>页面树节点 %1 既不是 /Type /Page，也没有 /Kids</translation>
    </message>
    <message>
        <source>page tree node %1 has a kid that is not a reference</source>
        <translation>页面树节点 %1 有一个子节点不是引用</translation>
    </message>
    <message>
        <source>PDF syntax error at byte %1: %2</source>
        <translation>PDF 第 %1 字节处语法错误：%2</translation>
    </message>
    <message>
        <source>expected an integer, found &quot;%1&quot;</source>
        <translation>这里应为整数，实际是“%1”</translation>
    </message>
    <message>
        <source>expected object %1, found object %2</source>
        <translation>这里应为对象 %1，实际是对象 %2</translation>
    </message>
    <message>
        <source>expected &quot;obj&quot;</source>
        <translation>这里应为“obj”</translation>
    </message>
    <message>
        <source>objects nested too deeply</source>
        <translation>对象嵌套过深</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>文件意外结束</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot;</source>
        <translation>无效的数字“%1”</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>unterminated hex string</source>
        <translation>十六进制字符串没有结束</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>数组没有结束</translation>
    </message>
    <message>
        <source>unterminated dictionary</source>
        <translation>字典没有结束</translation>
    </message>
    <message>
        <source>a dictionary key must be a name</source>
        <translation>字典的键必须是名称</translation>
    </message>
    <message>
        <source>the page-number font has no glyph for &quot;%1&quot;</source>
        <translation>页码字体中没有“%1”的字形</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>the report page could not be laid out</source>
        <translation>报告页面无法排版</translation>
    </message>
    <message>
        <source>printing to %1 failed</source>
        <translation>打印到 %1 失败</translation>
    </message>
    <message>
        <source>printing did not finish within two minutes</source>
        <translation>打印未能在两分钟内完成</translation>
    </message>
    <message>
        <source>there is nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <source>the printed pieces could not be put together: %1</source>
        <translation>打印出的各部分无法合并：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the PDF has no page numbers: %1</source>
        <translation>PDF 没有页码：%1</translation>
    </message>
</context>
<context>
    <name>PointOverrideTable</name>
    <message>
        <source>Rubric point</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>自动判定</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师判定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Rubric points with the mentor&apos;s judgements</source>
        <translation>评分要点及导师的判定</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未答到</translation>
    </message>
    <message>
        <source>Mentor&apos;s judgement of point %1</source>
        <translation>导师对要点 %1 的判定</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分命中</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>PracticeSettingsPage</name>
    <message>
        <source>&amp;Read questions aloud</source>
        <translation>朗读题目(&amp;R)</translation>
    </message>
    <message>
        <source>Default practice mode</source>
        <translation>默认练习模式</translation>
    </message>
    <message>
        <source>Full script, in order</source>
        <translation>完整脚本，按顺序</translation>
    </message>
    <message>
        <source>Topic drill (adaptive difficulty)</source>
        <translation>专题训练（难度自适应）</translation>
    </message>
    <message>
        <source>Quick 5-question warm-up</source>
        <translation>5 题快速热身</translation>
    </message>
    <message>
        <source>Timed exam (time limits enforced)</source>
        <translation>限时模拟考（严格计时）</translation>
    </message>
    <message>
        <source>Interviewer persona</source>
        <translation>面试官风格</translation>
    </message>
    <message>
        <source>Friendly — gives hints, drills gently</source>
        <translation>友好 — 会给提示，追问温和</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Strict — drills deeper, no hints</source>
        <translation>严格 — 追问更深，不给提示</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed (for example qt6-speech-speechd-plugin or qt6-speech-flite-plugin)</source>
        <translation>未安装语音合成引擎（例如 qt6-speech-speechd-plugin 或 qt6-speech-flite-plugin）</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>答题时限</translation>
    </message>
    <message>
        <source>Submit when time is up in timed exams only</source>
        <translation>仅在限时模拟考中到时自动提交</translation>
    </message>
    <message>
        <source>Submit when time is up in every mode</source>
        <translation>所有模式都在到时后自动提交</translation>
    </message>
    <message>
        <source>Never submit for me: the clock only counts</source>
        <translation>从不自动提交：计时器只计时</translation>
    </message>
    <message>
        <source>Each question has a time limit; the clock shows it and turns red past it, and the report notes overruns whatever you choose here.</source>
        <translation>每道题都有时限：计时器会显示时限，超时后变红；无论这里怎么选，报告都会记录超时。</translation>
    </message>
    <message>
        <source>Default &amp;mode:</source>
        <translation>默认模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>面试官(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Time limits:</source>
        <translation>答题时限(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>PracticeSetupPanel</name>
    <message>
        <source>Read questions aloud</source>
        <translation>朗读题目</translation>
    </message>
    <message>
        <source>&amp;Start practice</source>
        <translation>开始练习(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mentor-led…</source>
        <translation>导师主持(&amp;M)…</translation>
    </message>
    <message>
        <source>Full script, in order</source>
        <translation>完整流程，按顺序进行</translation>
    </message>
    <message>
        <source>Topic drill (adaptive difficulty)</source>
        <translation>专题练习（自适应难度）</translation>
    </message>
    <message>
        <source>Quick 5-question warm-up</source>
        <translation>5 题快速热身</translation>
    </message>
    <message>
        <source>Timed exam (time limits enforced)</source>
        <translation>限时考试（严格计时）</translation>
    </message>
    <message>
        <source>Friendly — gives hints, drills gently</source>
        <translation>友好 — 会给提示，追问温和</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Strict — drills deeper, no hints</source>
        <translation>严格 — 追问更深，不给提示</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <source>Interviewer persona</source>
        <translation>面试官风格</translation>
    </message>
    <message>
        <source>Rounds or topics to include</source>
        <translation>包含的轮次或主题</translation>
    </message>
    <message>
        <source>The interviewer reads each question aloud</source>
        <translation>面试官会朗读每道题目</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed (for example qt6-speech-speechd-plugin or qt6-speech-flite-plugin)</source>
        <translation>未安装语音合成引擎（例如 qt6-speech-speechd-plugin 或 qt6-speech-flite-plugin）</translation>
    </message>
    <message>
        <source>Start (Ctrl+Enter)</source>
        <translation>开始（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>面试官(&amp;I)：</translation>
    </message>
    <message>
        <source>Run the interview as a mentor: a console for you, a separate window for the candidate</source>
        <translation>以导师身份主持面试：你使用控制台，候选人使用单独的窗口</translation>
    </message>
    <message>
        <source>Topics (from every %1 pack; none checked = all):</source>
        <translation>主题（来自所有%1题库；不勾选即为全部）：</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>轮次：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1（%n 题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Session bundles (*.mibundle);;All files (*)</source>
        <translation>练习包 (*.mibundle);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RecordingMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Recording time used of the maximum</source>
        <translation>已录时长 / 最长时长</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Override the &amp;score:</source>
        <translation>修改得分(&amp;S)：</translation>
    </message>
    <message>
        <source>Answers in this session</source>
        <translation>本次练习的回答</translation>
    </message>
    <message>
        <source>Review not saved</source>
        <translation>评审未保存</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Mentor: </source>
        <translation>导师：</translation>
    </message>
    <message>
        <source>Mentor name</source>
        <translation>导师姓名</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>导出练习包(&amp;B)…</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer; select words to comment on them</source>
        <translation>候选人的回答；选中文字即可批注</translation>
    </message>
    <message>
        <source>Mentor&apos;s score</source>
        <translation>导师评分</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>评分理由</translation>
    </message>
    <message>
        <source>Reason for the mentor&apos;s score</source>
        <translation>导师评分的理由</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>This &amp;answer</source>
        <translation>本题回答(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>总体结论(&amp;V)</translation>
    </message>
    <message>
        <source>Review — %1%2, %3</source>
        <translation>评审 — %1%2，%3</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1. %2
%3%4</source>
        <translation>%1. %2
%3%4</translation>
    </message>
    <message numerus="yes">
        <source> · %n comment(s)</source>
        <translation>
            <numerusform> · %n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>未作答。</translation>
    </message>
    <message>
        <source>Automatic score %1 · Mentor&apos;s score %2</source>
        <translation>自动评分 %1 · 导师评分 %2</translation>
    </message>
    <message>
        <source>Automatic score %1 · no mentor&apos;s score yet</source>
        <translation>自动评分 %1 · 导师尚未评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>批注“%1”：</translation>
    </message>
    <message>
        <source>Comment on the whole answer:</source>
        <translation>批注整个回答：</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>unfinished, draft saved</source>
        <translation>未完成，草稿已保存</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>题库</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>问答数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings areas</source>
        <translation>设置分类</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Spoken answers</source>
        <translation>语音作答(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>delivery figures: &apos;%1&apos; is missing or not a number</source>
        <translation>表达数据：“%1”缺失或不是数字</translation>
    </message>
    <message>
        <source>delivery figures: pace_unit, fillers or too_short is missing or of the wrong type</source>
        <translation>表达数据：pace_unit、fillers 或 too_short 缺失或类型不对</translation>
    </message>
    <message>
        <source>delivery figures are not a JSON object: %1</source>
        <translation>表达数据不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>no endpoint configured for %1: give its URL, e.g. http://127.0.0.1:8080</source>
        <translation>%1 没有配置服务地址：请填写它的 URL，例如 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>%1: not an http(s) URL: %2</source>
        <translation>%1：不是 http(s) URL：%2</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a JSON object: %2</source>
        <translation>%1 返回的内容不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 报告了错误：%2</translation>
    </message>
    <message>
        <source>%1 answered without a &quot;text&quot; field: %2</source>
        <translation>%1 的返回中没有“text”字段：%2</translation>
    </message>
    <message>
        <source>%1 needs a running QCoreApplication</source>
        <translation>%1 需要正在运行的 QCoreApplication</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 s</source>
        <translation>%2 上的 %1 在 %3 秒内没有响应</translation>
    </message>
    <message>
        <source>cannot connect to %1 at %2: connection refused (is the server running?)</source>
        <translation>无法连接 %2 上的 %1：连接被拒绝（服务是否在运行？）</translation>
    </message>
    <message>
        <source>%1 at %2 answered HTTP %3: %4</source>
        <translation>%2 上的 %1 返回 HTTP %3：%4</translation>
    </message>
    <message>
        <source>cannot reach %1 at %2: %3</source>
        <translation>无法访问 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>the pocketsphinx model is missing at %1 (apt-get install pocketsphinx-en-us)</source>
        <translation>%1 处缺少 pocketsphinx 模型（apt-get install pocketsphinx-en-us）</translation>
    </message>
    <message>
        <source>cannot configure pocketsphinx</source>
        <translation>无法配置 pocketsphinx</translation>
    </message>
    <message>
        <source>cannot start pocketsphinx with the model in %1</source>
        <translation>无法用 %1 中的模型启动 pocketsphinx</translation>
    </message>
    <message>
        <source>cannot write the vocabulary language model</source>
        <translation>无法写入词汇语言模型</translation>
    </message>
    <message>
        <source>pocketsphinx rejected the vocabulary language model</source>
        <translation>pocketsphinx 拒绝了词汇语言模型</translation>
    </message>
    <message>
        <source>pocketsphinx has only an English model; use a whisper backend for &apos;%1&apos;</source>
        <translation>pocketsphinx 只有英文模型；“%1”请使用 whisper 后端</translation>
    </message>
    <message>
        <source>pocketsphinx failed to decode %1</source>
        <translation>pocketsphinx 无法识别 %1</translation>
    </message>
    <message>
        <source>live captions use pocketsphinx, which has only an English model; no captions for &apos;%1&apos;</source>
        <translation>实时字幕使用 pocketsphinx，它只有英文模型；“%1”没有实时字幕</translation>
    </message>
    <message>
        <source>an utterance is already being recognised</source>
        <translation>已经在识别一段语音</translation>
    </message>
    <message>
        <source>pocketsphinx cannot start an utterance</source>
        <translation>pocketsphinx 无法开始识别语音</translation>
    </message>
    <message>
        <source>no utterance is being recognised</source>
        <translation>当前没有正在识别的语音</translation>
    </message>
    <message>
        <source>pocketsphinx failed to finish the utterance</source>
        <translation>pocketsphinx 无法结束这段语音的识别</translation>
    </message>
    <message>
        <source>the speech engine timeout must be positive</source>
        <translation>语音引擎的超时时间必须大于零</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a WAV file</source>
        <translation>%1 不是 WAV 文件</translation>
    </message>
    <message>
        <source>%1 is truncated</source>
        <translation>%1 不完整</translation>
    </message>
    <message>
        <source>%1: only 16-bit PCM WAV is supported (format %2, %3 bits, %4 channels)</source>
        <translation>%1：只支持 16 位 PCM WAV（格式 %2，%3 位，%4 声道）</translation>
    </message>
    <message>
        <source>%1 has no format chunk before its data</source>
        <translation>%1 的数据之前没有格式块</translation>
    </message>
    <message>
        <source>%1 has no audio data</source>
        <translation>%1 没有音频数据</translation>
    </message>
    <message>
        <source>whisper-cli not found: %1 (build whisper.cpp and give the program&apos;s path)</source>
        <translation>找不到 whisper-cli：%1（请编译 whisper.cpp 并填写程序路径）</translation>
    </message>
    <message>
        <source>whisper-cli needs a ggml model file, e.g. ggml-small.bin</source>
        <translation>whisper-cli 需要 ggml 模型文件，例如 ggml-small.bin</translation>
    </message>
    <message>
        <source>the whisper model is missing at %1</source>
        <translation>%1 处缺少 whisper 模型</translation>
    </message>
    <message>
        <source>cannot write a 16 kHz copy of %1</source>
        <translation>无法写入 %1 的 16 kHz 副本</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>whisper-cli did not finish within %1 s</source>
        <translation>whisper-cli 在 %1 秒内没有完成</translation>
    </message>
    <message>
        <source>whisper-cli crashed: %1</source>
        <translation>whisper-cli 崩溃了：%1</translation>
    </message>
</context>
<context>
    <name>SpeechSettingsPage</name>
    <message>
        <source>Whisper server address</source>
        <translation>Whisper 服务器地址</translation>
    </message>
    <message>
        <source>Whisper model name</source>
        <translation>Whisper 模型名称</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>whisper-cli program</source>
        <translation>whisper-cli 程序</translation>
    </message>
    <message>
        <source>Whisper model file</source>
        <translation>Whisper 模型文件</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Speech recognition engine</source>
        <translation>语音识别引擎</translation>
    </message>
    <message>
        <source>PocketSphinx — offline, on this computer (English)</source>
        <translation>PocketSphinx — 离线，在本机运行（英文）</translation>
    </message>
    <message>
        <source>whisper.cpp server — over HTTP</source>
        <translation>whisper.cpp 服务器 — 通过 HTTP</translation>
    </message>
    <message>
        <source>OpenAI-compatible transcription API</source>
        <translation>OpenAI 兼容的转写 API</translation>
    </message>
    <message>
        <source>whisper.cpp program — run on this computer</source>
        <translation>whisper.cpp 程序 — 在本机运行</translation>
    </message>
    <message>
        <source>Sent to the service with each recording. Stored unencrypted in %1</source>
        <translation>每次录音都会随请求发送给该服务。以明文保存在 %1</translation>
    </message>
    <message>
        <source>whisper-cli on the PATH</source>
        <translation>PATH 中的 whisper-cli</translation>
    </message>
    <message>
        <source>for example ~/models/ggml-base.bin</source>
        <translation>例如 ~/models/ggml-base.bin</translation>
    </message>
    <message>
        <source>Give up transcribing after</source>
        <translation>转写超时时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Mo&amp;del name:</source>
        <translation>模型名称(&amp;D)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>whisper-cli &amp;program:</source>
        <translation>whisper-cli 程序(&amp;P)：</translation>
    </message>
    <message>
        <source>Model &amp;file:</source>
        <translation>模型文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>超时放弃(&amp;G)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>No microphone is available right now (is a sound server running?).</source>
        <translation>当前没有可用的麦克风（声音服务是否在运行？）。</translation>
    </message>
    <message>
        <source>This build cannot list microphones; the system&apos;s default input is used.</source>
        <translation>此版本无法列出麦克风，将使用系统默认输入设备。</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
</context>
<context>
    <name>SpokenAnswerBar</name>
    <message>
        <source>Speak your answer instead of typing it (Ctrl+R starts and stops)</source>
        <translation>用说话代替打字作答（Ctrl+R 开始和停止）</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>暂停或继续录音（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Live caption</source>
        <translation>实时字幕</translation>
    </message>
    <message>
        <source>The recording reached its maximum length of %1 and stopped.</source>
        <translation>录音已达到最长时长 %1，已自动停止。</translation>
    </message>
    <message>
        <source>Could not transcribe the recording: %1
The recording is kept with your answer; type the text instead.</source>
        <translation>无法转写录音：%1
录音已随回答保存；请改为输入文字。</translation>
    </message>
    <message>
        <source>No microphone found: type your answer. Speaking needs a microphone and a sound server (PulseAudio or PipeWire).</source>
        <translation>未找到麦克风：请输入文字作答。语音作答需要麦克风和声音服务（PulseAudio 或 PipeWire）。</translation>
    </message>
    <message>
        <source>Speech in this pack&apos;s language cannot be transcribed yet: the offline recogniser has only an English model. You can still record; the recording is kept with your answer, and you type the text.</source>
        <translation>暂时无法转写这个题库所用语言的语音：离线识别器只有英文模型。你仍然可以录音，录音会随回答保存，文字请自行输入。</translation>
    </message>
    <message>
        <source>Recording kept (%1). Type the answer text: this language cannot be transcribed yet.</source>
        <translation>录音已保存（%1）。请输入回答文字：暂时无法转写这种语言。</translation>
    </message>
    <message>
        <source>Transcribing %1 of speech…</source>
        <translation>正在转写 %1 的语音…</translation>
    </message>
    <message>
        <source>No words were recognised in the recording. It is kept with your answer; type the text instead.</source>
        <translation>录音中没有识别出文字。录音已随回答保存；请改为输入文字。</translation>
    </message>
    <message>
        <source>Transcribed in %1 s. Check and edit the text before submitting.</source>
        <translation>转写用时 %1 秒。提交前请检查并修改文字。</translation>
    </message>
    <message>
        <source>Speak answer</source>
        <translation>语音作答</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Live captions unavailable</source>
        <translation>实时字幕不可用</translation>
    </message>
    <message>
        <source>%1 Typed answers work as usual.</source>
        <translation>%1 文字作答照常可用。</translation>
    </message>
    <message>
        <source>The speech engine in Settings cannot be used: %1</source>
        <translation>设置中的语音引擎无法使用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2 words/min, %n filler(s)</source>
        <translation>
            <numerusform>%1  ·  每分钟 %2 词，口头禅 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>no session with id %1</source>
        <translation>没有 ID 为 %1 的会话</translation>
    </message>
    <message>
        <source>session %1 has a uid that cannot name a folder: %2</source>
        <translation>会话 %1 的 uid 不能用作文件夹名：%2</translation>
    </message>
    <message>
        <source>no recording at %1</source>
        <translation>%1 处没有录音</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>无法为 %1 创建文件夹</translation>
    </message>
    <message>
        <source>cannot move the recording %1 to %2</source>
        <translation>无法把录音 %1 移动到 %2</translation>
    </message>
    <message>
        <source>cannot move the recording to %1</source>
        <translation>无法把录音移动到 %1</translation>
    </message>
    <message>
        <source>the recording of turn %1 points outside the data folder: %2</source>
        <translation>第 %1 轮的录音指向了数据文件夹之外：%2</translation>
    </message>
    <message>
        <source>cannot list sessions: %1</source>
        <translation>无法列出会话：%1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database</source>
        <translation>%1 不是可读取的 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this program knows up to %3. Update the program.</source>
        <translation>%1 的数据结构版本是 %2；本程序最高只认识 %3。请更新程序。</translation>
    </message>
    <message>
        <source>session %1 has no saved turn %2</source>
        <translation>会话 %1 没有保存的第 %2 轮</translation>
    </message>
    <message>
        <source>cannot start a savepoint: %1</source>
        <translation>无法创建保存点：%1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>cannot schedule the review of %1: the due date is out of range</source>
        <translation>无法安排 %1 的复习：到期日期超出范围</translation>
    </message>
</context>
<context>
    <name>VerdictForm</name>
    <message>
        <source>e.g. P6 / senior SRE</source>
        <translation>例如 P6 / 高级 SRE</translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation>保存结论</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>职级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>录用建议(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation>优势(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Work on:</source>
        <translation>待提升(&amp;W)：</translation>
    </message>
    <message>
        <source>(no recommendation)</source>
        <translation>（无建议）</translation>
    </message>
    <message>
        <source>Strong hire</source>
        <translation>强烈建议录用</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>建议录用</translation>
    </message>
    <message>
        <source>Lean no</source>
        <translation>倾向不录用</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不录用</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>由 %1 于 %2 评定</translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation>尚无结论。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mock Interview</source>
        <translation>欢迎使用模拟面试</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practise on your own.&lt;/b&gt; Choose a question pack, answer in writing, and each answer is scored against the points an interviewer listens for. Missed points bring follow-up questions, as in a real interview.</source>
        <translation>&lt;b&gt;独自练习。&lt;/b&gt;选择一个题库并作答，每个回答都会按面试官关注的要点评分。漏掉的要点会引出追问，就像真实面试一样。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review with a mentor.&lt;/b&gt; A mentor can run the interview from a console while you answer in your own window, or open a finished session later to adjust scores, comment on your words and give a verdict.</source>
        <translation>&lt;b&gt;与导师一起复盘。&lt;/b&gt;导师可以在控制台主持面试，你在自己的窗口里作答；也可以事后打开已完成的练习，调整评分、批注你的原话并给出结论。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep a record.&lt;/b&gt; Every session is saved on this computer. Export one as a PDF transcript with the scores, the mentor&apos;s notes and the reference answers.</source>
        <translation>&lt;b&gt;留下记录。&lt;/b&gt;每次练习都保存在本机。可导出为 PDF 记录，包含评分、导师批注和参考答案。</translation>
    </message>
    <message>
        <source>&amp;Start a 5-question warm-up</source>
        <translation>开始 5 题热身(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Write one session (answers, scores, audio, a snapshot of its questions, the mentor&apos;s review) to a bundle file.</source>
        <translation>把一次练习（回答、得分、录音、题目快照和导师评审）写入一个练习包文件。</translation>
    </message>
    <message>
        <source>Session id (see &apos;mockinterview-cli sessions&apos;).</source>
        <translation>练习编号（见 &apos;mockinterview-cli sessions&apos;）。</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>要写入的练习包文件。</translation>
    </message>
    <message>
        <source>give --session ID and --out FILE</source>
        <translation>请指定 --session ID 和 --out FILE</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Import a session bundle. A new session is added; a session already here gains the bundle&apos;s review and anything it lacks, never a duplicate. A damaged file changes nothing.</source>
        <translation>导入练习包。新的练习会被添加；已有的练习会获得包中的评审意见和缺少的内容，不会产生重复。损坏的文件不会改动任何数据。</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>练习包文件。</translation>
    </message>
    <message>
        <source>Print {session, uid, new_session, turns_added, audio_added, review_replaced} as JSON.</source>
        <translation>以 JSON 输出 {session, uid, new_session, turns_added, audio_added, review_replaced}。</translation>
    </message>
    <message>
        <source>give one bundle file</source>
        <translation>请指定一个练习包文件</translation>
    </message>
    <message>
        <source>imported as session %1 (%2 turns, %3 audio files)</source>
        <translation>已导入为练习 %1（%2 个问答，%3 个音频文件）</translation>
    </message>
    <message>
        <source>session %1 was already here: %2 turns added, review %3</source>
        <translation>练习 %1 已存在：新增 %2 个问答，评审%3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message numerus="yes">
        <source>warning: skipped %n broken pack file(s)</source>
        <translation>
            <numerusform>警告：跳过了 %n 个损坏的题库文件</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite database file (default: $MOCKINTERVIEW_DB, else the user data folder).</source>
        <translation>SQLite 数据库文件（默认：$MOCKINTERVIEW_DB，未设置时使用用户数据文件夹）。</translation>
    </message>
    <message>
        <source>Folder or file of question packs (default: the bundled packs).</source>
        <translation>题库文件夹或文件（默认：自带的题库）。</translation>
    </message>
    <message>
        <source>Export a practice session as a PDF transcript (Qt WebEngine) and/or a stand-alone HTML file.</source>
        <translation>把一次练习导出为 PDF 实录（使用 Qt WebEngine）和/或独立的 HTML 文件。</translation>
    </message>
    <message>
        <source>Write the PDF here.</source>
        <translation>PDF 的保存路径。</translation>
    </message>
    <message>
        <source>Write a stand-alone HTML file here.</source>
        <translation>独立 HTML 文件的保存路径。</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4（默认）或 letter。</translation>
    </message>
    <message>
        <source>Candidate name for the cover.</source>
        <translation>封面上的候选人姓名。</translation>
    </message>
    <message>
        <source>Add an appendix with the reference answers.</source>
        <translation>附上参考答案作为附录。</translation>
    </message>
    <message>
        <source>give --pdf FILE and/or --html FILE</source>
        <translation>请指定 --pdf FILE 和/或 --html FILE</translation>
    </message>
    <message>
        <source>unknown page size: %1 (a4 or letter)</source>
        <translation>未知的纸张大小：%1（可选 a4 或 letter）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>List the question packs that load.</source>
        <translation>列出可以加载的题库。</translation>
    </message>
    <message>
        <source>Check pack files; print file:line:col: errors.</source>
        <translation>检查题库文件；以 文件:行:列: 的格式输出错误。</translation>
    </message>
    <message>
        <source>List questions, optionally of one pack.</source>
        <translation>列出题目，可以只列一个题库的。</translation>
    </message>
    <message>
        <source>Score one answer, or a JSON Lines batch.</source>
        <translation>为一个回答评分，或批量评分 JSON Lines 文件。</translation>
    </message>
    <message>
        <source>Walk a pack non-interactively with answers from a file.</source>
        <translation>非交互式练习：按文件中的回答走完一个题库。</translation>
    </message>
    <message>
        <source>List saved practice sessions.</source>
        <translation>列出保存的练习。</translation>
    </message>
    <message>
        <source>Transcribe a spoken answer offline, with delivery figures.</source>
        <translation>离线转写口述回答，并给出表达方面的数据。</translation>
    </message>
    <message>
        <source>Export a session as a PDF transcript or HTML.</source>
        <translation>把一次练习导出为 PDF 实录或 HTML。</translation>
    </message>
    <message>
        <source>Write a session, its audio and review to one file.</source>
        <translation>把一次练习及其录音和评审写入一个文件。</translation>
    </message>
    <message>
        <source>Import a session bundle (new, or a review coming back).</source>
        <translation>导入练习包（新的练习，或导师返回的评审）。</translation>
    </message>
    <message>
        <source>Usage: mockinterview-cli [--db PATH] [--packs PATH] &lt;command&gt; [options]</source>
        <translation>用法：mockinterview-cli [--db PATH] [--packs PATH] &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;mockinterview-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;mockinterview-cli &lt;命令&gt; --help&apos; 查看该命令的选项。</translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>List the question packs that load. Broken pack files are reported on stderr and skipped.</source>
        <translation>列出可以加载的题库。损坏的题库文件会在标准错误输出中报告并跳过。</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, language, questions}.</source>
        <translation>输出 {id, title, language, questions} 的 JSON 数组。</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>道题</translation>
    </message>
    <message>
        <source>Validate pack files or folders of them. Prints every error as file:line:col: message; exits 1 if any.</source>
        <translation>校验题库文件或其所在文件夹。每个错误以 文件:行:列: 消息 的格式输出；有错误时退出码为 1。</translation>
    </message>
    <message>
        <source>Pack file or folder (default: the bundled packs).</source>
        <translation>题库文件或文件夹（默认：自带的题库）。</translation>
    </message>
    <message>
        <source>List questions.</source>
        <translation>列出题目。</translation>
    </message>
    <message>
        <source>Only this pack.</source>
        <translation>只列此题库。</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, pack, round, prompt, source}.</source>
        <translation>输出 {id, pack, round, prompt, source} 的 JSON 数组。</translation>
    </message>
    <message>
        <source>unknown pack: %1</source>
        <translation>未知的题库：%1</translation>
    </message>
    <message>
        <source>score %1 — %2</source>
        <translation>得分 %1 — %2</translation>
    </message>
    <message>
        <source>ability estimate now %1</source>
        <translation>当前能力评估 %1</translation>
    </message>
    <message>
        <source>Walk a pack&apos;s script non-interactively, taking answers in order from a file (one answer per line), and save the session.</source>
        <translation>非交互地走完一个题库的面试流程，按顺序从文件中读取回答（每行一个），并保存这次练习。</translation>
    </message>
    <message>
        <source>Pack id (a topic drill without --pack draws from every pack of --language).</source>
        <translation>题库编号（专题练习不指定 --pack 时，从 --language 语言的所有题库中出题）。</translation>
    </message>
    <message>
        <source>script (default), drill, warmup or exam.</source>
        <translation>script（默认，完整流程）、drill（专题练习）、warmup（热身）或 exam（限时考试）。</translation>
    </message>
    <message>
        <source>Interviewer: friendly, neutral (default) or strict.</source>
        <translation>面试官风格：friendly（友好）、neutral（中立，默认）或 strict（严格）。</translation>
    </message>
    <message>
        <source>Comma-separated topic tags for a drill (default: all).</source>
        <translation>专题练习的主题标签，用逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>Language of a drill without --pack: zh (default) or en.</source>
        <translation>不指定 --pack 的专题练习所用语言：zh（默认）或 en。</translation>
    </message>
    <message>
        <source>Stop after this many questions (warm-up: 5).</source>
        <translation>问完指定数量的题目后停止（热身模式为 5）。</translation>
    </message>
    <message>
        <source>Plain text file, one answer per line (&apos;-&apos; for standard input).</source>
        <translation>纯文本文件，每行一个回答（&apos;-&apos; 表示标准输入）。</translation>
    </message>
    <message>
        <source>Seed that fixes the walk (default 1).</source>
        <translation>固定出题顺序的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Comma-separated round ids to walk (default: all).</source>
        <translation>要进行的轮次编号，用逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>Follow-ups per question (default: the persona&apos;s).</source>
        <translation>每道题的追问次数（默认：由面试官风格决定）。</translation>
    </message>
    <message>
        <source>Print one JSON object per turn, then {session_id, overall}.</source>
        <translation>每个问答输出一个 JSON 对象，最后输出 {session_id, overall}。</translation>
    </message>
    <message>
        <source>unknown %1: %2</source>
        <translation>未知的 %1：%2</translation>
    </message>
    <message>
        <source>unknown pack: %1 (see &apos;mockinterview-cli packs&apos;)</source>
        <translation>未知的题库：%1（见 &apos;mockinterview-cli packs&apos;）</translation>
    </message>
    <message>
        <source>cannot read the answers file &apos;%1&apos;: %2</source>
        <translation>无法读取回答文件“%1”：%2</translation>
    </message>
    <message>
        <source>no questions to ask in the chosen rounds</source>
        <translation>所选轮次中没有可提问的题目</translation>
    </message>
    <message>
        <source>note: the answers ran out before the script ended</source>
        <translation>注意：面试流程结束前回答已用完</translation>
    </message>
    <message>
        <source>Session %1 saved; overall score %2</source>
        <translation>练习 %1 已保存；总分 %2</translation>
    </message>
    <message>
        <source>List saved practice sessions, newest first.</source>
        <translation>列出保存的练习，最新的在前。</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, pack, started, turns, overall}.</source>
        <translation>输出 {id, pack, started, turns, overall} 的 JSON 数组。</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>个问答</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>Score an answer against a pack question or a reference text.
Batch: --batch IN.jsonl reads {id, answer, reference|question_id|question} per line and writes {id, score, question_id, matched_prompt, points, similarity} per line.</source>
        <translation>对照题库中的题目或一段参考答案为回答评分。
批量：--batch IN.jsonl 每行读入 {id, answer, reference|question_id|question}，每行输出 {id, score, question_id, matched_prompt, points, similarity}。</translation>
    </message>
    <message>
        <source>JSON Lines file to score (&apos;-&apos; for standard input).</source>
        <translation>要评分的 JSON Lines 文件（&apos;-&apos; 表示标准输入）。</translation>
    </message>
    <message>
        <source>Pack question to score against.</source>
        <translation>用于评分的题库题目。</translation>
    </message>
    <message>
        <source>Question text: the best-matching pack question is used; with --reference-file it is context.</source>
        <translation>题目文本：使用最匹配的题库题目；与 --reference-file 一起使用时作为上下文。</translation>
    </message>
    <message>
        <source>Score against this reference answer (no rubric needed).</source>
        <translation>对照这份参考答案评分（不需要评分细则）。</translation>
    </message>
    <message>
        <source>The answer (&apos;-&apos; for standard input).</source>
        <translation>回答（&apos;-&apos; 表示标准输入）。</translation>
    </message>
    <message>
        <source>The answer as text.</source>
        <translation>以文本形式给出的回答。</translation>
    </message>
    <message>
        <source>Print the result as JSON (the batch output shape).</source>
        <translation>以 JSON 输出结果（与批量输出格式相同）。</translation>
    </message>
    <message>
        <source>give the answer with --answer-file or --answer</source>
        <translation>请用 --answer-file 或 --answer 给出回答</translation>
    </message>
    <message>
        <source>give one of --question-id, --question or --reference-file</source>
        <translation>请指定 --question-id、--question 或 --reference-file 之一</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>题目：%1</translation>
    </message>
    <message>
        <source>Score: %1 (%2)</source>
        <translation>得分：%1（%2）</translation>
    </message>
    <message>
        <source>Similarity to the reference: %1</source>
        <translation>与参考答案的相似度：%1</translation>
    </message>
    <message>
        <source>Transcribe a spoken answer (16-bit PCM WAV) and print the transcript and delivery figures. pocketsphinx runs in-process for English; the whisper engines use whisper.cpp (Chinese, mixed and English speech) and send audio only to the endpoint you give.</source>
        <translation>转写口述回答（16 位 PCM WAV），输出转写文本和表达方面的数据。英文使用进程内的 pocketsphinx；whisper 引擎使用 whisper.cpp（支持中文、中英混合和英文），音频只会发送到你指定的地址。</translation>
    </message>
    <message>
        <source>The WAV file.</source>
        <translation>WAV 文件。</translation>
    </message>
    <message>
        <source>Transcription engine: pocketsphinx (default, English only), whisper-server, whisper-openai or whisper-cli. Environment: MOCKINTERVIEW_SPEECH_ENGINE.</source>
        <translation>转写引擎：pocketsphinx（默认，仅支持英文）、whisper-server、whisper-openai 或 whisper-cli。环境变量：MOCKINTERVIEW_SPEECH_ENGINE。</translation>
    </message>
    <message>
        <source>whisper-server or whisper-openai: the server&apos;s base URL, e.g. http://127.0.0.1:8080. Environment: MOCKINTERVIEW_SPEECH_ENDPOINT.</source>
        <translation>whisper-server 或 whisper-openai：服务器的基础 URL，例如 http://127.0.0.1:8080。环境变量：MOCKINTERVIEW_SPEECH_ENDPOINT。</translation>
    </message>
    <message>
        <source>whisper-openai: the model name (default whisper-1); whisper-cli: the ggml model file. Environment: MOCKINTERVIEW_SPEECH_MODEL.</source>
        <translation>whisper-openai：模型名称（默认 whisper-1）；whisper-cli：ggml 模型文件。环境变量：MOCKINTERVIEW_SPEECH_MODEL。</translation>
    </message>
    <message>
        <source>whisper-openai: sent as a bearer token. Prefer the environment: MOCKINTERVIEW_SPEECH_API_KEY.</source>
        <translation>whisper-openai：作为 Bearer 令牌发送。建议改用环境变量：MOCKINTERVIEW_SPEECH_API_KEY。</translation>
    </message>
    <message>
        <source>whisper-cli: the program (default: whisper-cli on PATH). Environment: MOCKINTERVIEW_WHISPER_CLI.</source>
        <translation>whisper-cli：程序路径（默认：PATH 中的 whisper-cli）。环境变量：MOCKINTERVIEW_WHISPER_CLI。</translation>
    </message>
    <message>
        <source>whisper engines: give up after this many seconds (default 300).</source>
        <translation>whisper 引擎：超过指定秒数后放弃（默认 300）。</translation>
    </message>
    <message>
        <source>Bias recognition toward this pack&apos;s vocabulary.</source>
        <translation>识别时偏向此题库的词汇。</translation>
    </message>
    <message>
        <source>Bias toward this question&apos;s vocabulary and score the transcript against it.</source>
        <translation>识别时偏向此题目的词汇，并对照该题为转写结果评分。</translation>
    </message>
    <message>
        <source>Language of the speech (default: the pack&apos;s, else en).</source>
        <translation>语音的语言（默认：题库的语言，否则为 en）。</translation>
    </message>
    <message>
        <source>Print {transcript, engine, language, audio_ms, processing_seconds, real_time_factor, delivery, score?} as JSON.</source>
        <translation>以 JSON 输出 {transcript, engine, language, audio_ms, processing_seconds, real_time_factor, delivery, score?}。</translation>
    </message>
    <message>
        <source>give one audio file</source>
        <translation>请指定一个音频文件</translation>
    </message>
    <message>
        <source>unknown question: %1</source>
        <translation>未知的题目：%1</translation>
    </message>
    <message>
        <source>speaking %1 s of %2 s, %3 %4, %5 filler(s), %6 long pause(s)%7</source>
        <translation>说话 %1 秒（共 %2 秒），语速 %3 %4，口头禅 %5 个，长停顿 %6 次%7</translation>
    </message>
    <message>
        <source> — too short</source>
        <translation> — 太短</translation>
    </message>
    <message>
        <source>score %1: %2</source>
        <translation>得分 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2 valid; %3 in %4</source>
        <translation>%1、%2有效；%4中有 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n 个题库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mock Interview</source>
        <translation>模拟面试</translation>
    </message>
    <message>
        <source>Mock interview simulator for ops, SRE and Kubernetes roles.</source>
        <translation>面向运维、SRE 和 Kubernetes 岗位的模拟面试工具。</translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation>SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>Folder of question packs.</source>
        <translation>题库所在文件夹。</translation>
    </message>
    <message>
        <source>Start practising this pack right away.</source>
        <translation>启动后立即开始练习此题库。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN (default: the setting, else the system&apos;s).</source>
        <translation>界面语言：en 或 zh_CN（默认使用设置中的语言，未设置时跟随系统）。</translation>
    </message>
    <message>
        <source>With --smoke-test: save the window as this PNG before exiting.</source>
        <translation>与 --smoke-test 一起使用：退出前把窗口保存为此 PNG 文件。</translation>
    </message>
    <message>
        <source>Open the main window, print its packs folder and the ms to first paint, exit.</source>
        <translation>打开主窗口，输出题库文件夹和首次绘制耗时（毫秒），然后退出。</translation>
    </message>
</context>
<context>
    <name>mi::AnswerRecorder</name>
    <message>
        <source>No microphone was found.</source>
        <translation>未找到麦克风。</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; offers no audio format that can be recorded.</source>
        <translation>麦克风“%1”没有可录制的音频格式。</translation>
    </message>
    <message>
        <source>Cannot save the recording: %1</source>
        <translation>无法保存录音：%1</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened.</source>
        <translation>无法打开麦克风“%1”。</translation>
    </message>
    <message>
        <source>The microphone delivered no sound.</source>
        <translation>麦克风没有传来声音。</translation>
    </message>
    <message>
        <source>The microphone stopped working (error %1).</source>
        <translation>麦克风停止工作（错误 %1）。</translation>
    </message>
</context>
<context>
    <name>mi::ReviewEditor</name>
    <message>
        <source>Judge point %1 of answer %2</source>
        <translation>判定第 %2 个回答的要点 %1</translation>
    </message>
    <message>
        <source>Clear judgement of point %1 of answer %2</source>
        <translation>清除第 %2 个回答要点 %1 的判定</translation>
    </message>
    <message>
        <source>Score answer %1</source>
        <translation>为第 %1 个回答评分</translation>
    </message>
    <message>
        <source>Clear score of answer %1</source>
        <translation>清除第 %1 个回答的评分</translation>
    </message>
    <message>
        <source>Comment on answer %1</source>
        <translation>批注第 %1 个回答</translation>
    </message>
    <message>
        <source>Edit comment on answer %1</source>
        <translation>编辑第 %1 个回答的批注</translation>
    </message>
    <message>
        <source>Remove comment on answer %1</source>
        <translation>删除第 %1 个回答的批注</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>设置总体结论</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>清除总体结论</translation>
    </message>
</context>
</TS>
