<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Audio</name>
    <message>
        <source>%1 is still open</source>
        <translation>%1 is still open</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>cannot create the folder for %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>no WAV file is open</source>
        <translation>no WAV file is open</translation>
    </message>
    <message>
        <source>%1 has reached the largest size a WAV file can have</source>
        <translation>%1 has reached the largest size a WAV file can have</translation>
    </message>
</context>
<context>
    <name>AudioPlayButton</name>
    <message>
        <source>Play the recorded answer</source>
        <translation>Play the recorded answer</translation>
    </message>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>Cannot play the recording: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Play recording</translation>
    </message>
    <message>
        <source>Pause the recorded answer</source>
        <translation>Pause the recorded answer</translation>
    </message>
    <message>
        <source>Listen to the recorded answer</source>
        <translation>Listen to the recorded answer</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>session-%1.mibundle</source>
        <translation>session-%1.mibundle</translation>
    </message>
    <message>
        <source>Export session bundle</source>
        <translation>Export session bundle</translation>
    </message>
    <message>
        <source>Saved %1.
It holds the answers, their audio, the scores and any review; send it to your mentor.</source>
        <translation>Saved %1.
It holds the answers, their audio, the scores and any review; send it to your mentor.</translation>
    </message>
    <message>
        <source>Import session bundle</source>
        <translation>Import session bundle</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nothing was imported.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported a new session with %n answer(s).</source>
        <translation>
            <numerusform>Imported a new session with %n answer.</numerusform>
            <numerusform>Imported a new session with %n answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session was already here; its review has been updated from the bundle.</source>
        <translation>This session was already here; its review has been updated from the bundle.</translation>
    </message>
    <message>
        <source>This session was already here; nothing new in the bundle.</source>
        <translation>This session was already here; nothing new in the bundle.</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>the audio of turn %1 cannot be read (%2): %3</source>
        <translation>the audio of turn %1 cannot be read (%2): %3</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s contents are malformed</source>
        <translation>%1: the bundle&apos;s contents are malformed</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s manifest is not valid JSON (%2)</source>
        <translation>%1: the bundle&apos;s manifest is not valid JSON (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a session bundle</source>
        <translation>%1 is not a session bundle</translation>
    </message>
    <message>
        <source>%1 is truncated (the header is incomplete)</source>
        <translation>%1 is truncated (the header is incomplete)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (bundle format %2; this one reads up to %3)</source>
        <translation>%1 was written by a newer version (bundle format %2; this one reads up to %3)</translation>
    </message>
    <message>
        <source>%1 is truncated (%2 of %3 bytes)</source>
        <translation>%1 is truncated (%2 of %3 bytes)</translation>
    </message>
    <message>
        <source>%1 has %2 unexpected bytes after its end</source>
        <translation>%1 has %2 unexpected bytes after its end</translation>
    </message>
    <message>
        <source>%1 is corrupt (its checksum does not match)</source>
        <translation>%1 is corrupt (its checksum does not match)</translation>
    </message>
    <message>
        <source>audio[%1]: turn %2 is not in the bundle</source>
        <translation>audio[%1]: turn %2 is not in the bundle</translation>
    </message>
    <message>
        <source>audio[%1]: the file %2 is missing from the bundle</source>
        <translation>audio[%1]: the file %2 is missing from the bundle</translation>
    </message>
    <message>
        <source>audio[%1]: %2 does not match its checksum</source>
        <translation>audio[%1]: %2 does not match its checksum</translation>
    </message>
    <message>
        <source>this file is not a session bundle (its manifest has no &apos;%1&apos; format)</source>
        <translation>this file is not a session bundle (its manifest has no &apos;%1&apos; format)</translation>
    </message>
    <message>
        <source>turns: turn %1 appears twice</source>
        <translation>turns: turn %1 appears twice</translation>
    </message>
    <message>
        <source>review: turn %1 is not in the bundle</source>
        <translation>review: turn %1 is not in the bundle</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>cannot create the folder for %1</translation>
    </message>
    <message>
        <source>should hold only text</source>
        <translation>should hold only text</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>unknown point kind &apos;%1&apos;</source>
        <translation>unknown point kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: should be an object</source>
        <translation>%1: should be an object</translation>
    </message>
    <message>
        <source>is not a session id</source>
        <translation>is not a session id</translation>
    </message>
    <message>
        <source>should be a number in text</source>
        <translation>should be a number in text</translation>
    </message>
    <message>
        <source>missing or negative</source>
        <translation>missing or negative</translation>
    </message>
    <message>
        <source>should be question or followup</source>
        <translation>should be question or followup</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>should be text</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>should be a number</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>should be a whole number</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>should be true or false</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>should be a list</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>should be an object</translation>
    </message>
    <message>
        <source>item %1 should be an object</source>
        <translation>item %1 should be an object</translation>
    </message>
    <message>
        <source>needs a position and hit, partial or miss</source>
        <translation>needs a position and hit, partial or miss</translation>
    </message>
    <message>
        <source>should be strong_hire, hire, lean_no or no</source>
        <translation>should be strong_hire, hire, lean_no or no</translation>
    </message>
</context>
<context>
    <name>CandidateWindow</name>
    <message>
        <source>&amp;Submit answer</source>
        <translation>&amp;Submit answer</translation>
    </message>
    <message>
        <source>Mock Interview — Candidate</source>
        <translation>Mock Interview — Candidate</translation>
    </message>
    <message>
        <source>Time on this answer</source>
        <translation>Time on this answer</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Type your answer (or speak it; your mentor is listening)…</source>
        <translation>Type your answer (or speak it; your mentor is listening)…</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>CommentList</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Mentor comments on this answer</source>
        <translation>Mentor comments on this answer</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <source>Comment on the selected words of the answer, or on the whole answer when nothing is selected (Ctrl+Alt+M)</source>
        <translation>Comment on the selected words of the answer, or on the whole answer when nothing is selected (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>On “%1”: </source>
        <translation>On “%1”: </translation>
    </message>
    <message>
        <source>%1%2
— %3, %4</source>
        <translation>%1%2
— %3, %4</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>the engine has already started</source>
        <translation>the engine has already started</translation>
    </message>
    <message>
        <source>turn %1 differs from the saved session (the pack has changed)</source>
        <translation>turn %1 differs from the saved session (the pack has changed)</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Add the reference answers as an appendix</source>
        <translation>Add the reference answers as an appendix</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Candidate name:</source>
        <translation>&amp;Candidate name:</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Page &amp;size:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Show the &amp;welcome screen at the next start</source>
        <translation>Show the &amp;welcome screen at the next start</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese (Simplified) — %1</source>
        <translation>Chinese (Simplified) — %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <source>Mentor name</source>
        <translation>Mentor name</translation>
    </message>
    <message>
        <source>Signs your scores, comments and verdicts when you review a session or lead an interview</source>
        <translation>Signs your scores, comments and verdicts when you review a session or lead an interview</translation>
    </message>
    <message>
        <source>The language and the data folder take effect when Mock Interview is restarted. Your history stays where it is: to keep it, move mockinterview.sqlite into the new folder yourself. Leave the folder empty for the standard place.</source>
        <translation>The language and the data folder take effect when Mock Interview is restarted. Your history stays where it is: to keep it, move mockinterview.sqlite into the new folder yourself. Leave the folder empty for the standard place.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Mentor name:</source>
        <translation>&amp;Mentor name:</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Open report</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Progress…</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Question packs</source>
        <translation>Question packs</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation>Practice history</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;History&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show sessions of</source>
        <translation>Show sessions of</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>All packs</translation>
    </message>
    <message>
        <source>A round of the questions whose missed points are due for review (spaced repetition)</source>
        <translation>A round of the questions whose missed points are due for review (spaced repetition)</translation>
    </message>
    <message numerus="yes">
        <source>Review weak spots (%n due)</source>
        <translation>
            <numerusform>Review weak spots (%n due)</numerusform>
            <numerusform>Review weak spots (%n due)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>&amp;Submit answer</source>
        <translation>&amp;Submit answer</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;End session</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Time used</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Score this answer (Ctrl+Enter)</source>
        <translation>Score this answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Could not save the draft: %1</source>
        <translation>Could not save the draft: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2 · follow-up</source>
        <translation>Question %1 of %2 · follow-up</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>Level estimate %1 / 5</source>
        <translation>Level estimate %1 / 5</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Time is up: the answer was submitted as it stood.</source>
        <translation>Time is up: the answer was submitted as it stood.</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>Empty answer</translation>
    </message>
    <message>
        <source>Submit an empty answer? It will score 0.</source>
        <translation>Submit an empty answer? It will score 0.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>Session saved; resume it from the history.</source>
        <translation>Session saved; resume it from the history.</translation>
    </message>
    <message>
        <source>Session finished: overall score %1</source>
        <translation>Session finished: overall score %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Type your answer here, or speak it (Ctrl+R). Ctrl+Enter submits.</source>
        <translation>Type your answer here, or speak it (Ctrl+R). Ctrl+Enter submits.</translation>
    </message>
    <message>
        <source>Could not keep the recording: %1</source>
        <translation>Could not keep the recording: %1</translation>
    </message>
    <message>
        <source>Go to the follow-up or next question (Ctrl+N, or Enter once scored)</source>
        <translation>Go to the follow-up or next question (Ctrl+N, or Enter once scored)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mock Interview</source>
        <translation>Mock Interview</translation>
    </message>
    <message>
        <source>History is not saved: %1</source>
        <translation>History is not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pack file(s) could not be loaded — Help ▸ Pack problems</source>
        <translation>
            <numerusform>%n pack file could not be loaded — Help ▸ Pack problems</numerusform>
            <numerusform>%n pack files could not be loaded — Help ▸ Pack problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question pack(s) loaded</source>
        <translation>
            <numerusform>%n question pack loaded</numerusform>
            <numerusform>%n question packs loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Progress…</translation>
    </message>
    <message>
        <source>&amp;Review session…</source>
        <translation>&amp;Review session…</translation>
    </message>
    <message>
        <source>Export session &amp;bundle…</source>
        <translation>Export session &amp;bundle…</translation>
    </message>
    <message>
        <source>&amp;Import session bundle…</source>
        <translation>&amp;Import session bundle…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Pack problems…</source>
        <translation>&amp;Pack problems…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About Mock Interview</source>
        <translation>About Mock Interview</translation>
    </message>
    <message>
        <source>Practise senior ops, SRE and Kubernetes interviews: answer, get scored against a rubric, and drill into follow-ups. Everything stays on this computer.</source>
        <translation>Practise senior ops, SRE and Kubernetes interviews: answer, get scored against a rubric, and drill into follow-ups. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>Unknown pack.</source>
        <translation>Unknown pack.</translation>
    </message>
    <message>
        <source>The practice database is not available: %1</source>
        <translation>The practice database is not available: %1</translation>
    </message>
    <message>
        <source>Nothing to practise</source>
        <translation>Nothing to practise</translation>
    </message>
    <message>
        <source>No question matches the chosen rounds or topics.</source>
        <translation>No question matches the chosen rounds or topics.</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Cannot open session</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>Session %1 — %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>interview-%1-%2.pdf</source>
        <translation>interview-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>Saved %1 (%2)</translation>
    </message>
    <message>
        <source>Compare attempts</source>
        <translation>Compare attempts</translation>
    </message>
    <message>
        <source>This question has been answered only once so far.</source>
        <translation>This question has been answered only once so far.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Review weak spots</source>
        <translation>Review weak spots</translation>
    </message>
    <message>
        <source>Nothing is due for review in this language.</source>
        <translation>Nothing is due for review in this language.</translation>
    </message>
    <message>
        <source>The pack &apos;%1&apos; is not loaded.</source>
        <translation>The pack &apos;%1&apos; is not loaded.</translation>
    </message>
    <message>
        <source>Cannot resume session</source>
        <translation>Cannot resume session</translation>
    </message>
    <message>
        <source>Select a session in the history first.</source>
        <translation>Select a session in the history first.</translation>
    </message>
    <message>
        <source>Review session</source>
        <translation>Review session</translation>
    </message>
    <message>
        <source>End the session first (it is saved as you go).</source>
        <translation>End the session first (it is saved as you go).</translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation>Pack problems</translation>
    </message>
    <message>
        <source>All pack files loaded without errors.</source>
        <translation>All pack files loaded without errors.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were skipped; the other packs are available.</source>
        <translation>
            <numerusform>%n file was skipped; the other packs are available.</numerusform>
            <numerusform>%n files were skipped; the other packs are available.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Welcome…</translation>
    </message>
    <message>
        <source>No question pack is loaded — Help ▸ Pack problems</source>
        <translation>No question pack is loaded — Help ▸ Pack problems</translation>
    </message>
    <message>
        <source>Saved. The language and the data folder change when Mock Interview is restarted.</source>
        <translation>Saved. The language and the data folder change when Mock Interview is restarted.</translation>
    </message>
</context>
<context>
    <name>MentorConsole</name>
    <message>
        <source>&amp;Score answer</source>
        <translation>&amp;Score answer</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Mock Interview — Mentor console</source>
        <translation>Mock Interview — Mentor console</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Reference answer</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer as they type</source>
        <translation>The candidate&apos;s answer as they type</translation>
    </message>
    <message>
        <source>Candidate&apos;s answer (live)</source>
        <translation>Candidate&apos;s answer (live)</translation>
    </message>
    <message>
        <source>Rubric checklist: tick what the candidate covers</source>
        <translation>Rubric checklist: tick what the candidate covers</translation>
    </message>
    <message>
        <source>Suggested follow-ups</source>
        <translation>Suggested follow-ups</translation>
    </message>
    <message>
        <source>Mentor&apos;s notes on this answer</source>
        <translation>Mentor&apos;s notes on this answer</translation>
    </message>
    <message>
        <source>Notes on this answer (saved as your comment)</source>
        <translation>Notes on this answer (saved as your comment)</translation>
    </message>
    <message>
        <source>Show &amp;candidate window</source>
        <translation>Show &amp;candidate window</translation>
    </message>
    <message>
        <source>&amp;End interview</source>
        <translation>&amp;End interview</translation>
    </message>
    <message>
        <source>Rubric — tick while the candidate speaks</source>
        <translation>Rubric — tick while the candidate speaks</translation>
    </message>
    <message>
        <source>Follow-ups and why</source>
        <translation>Follow-ups and why</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The practice database is not available: %1</source>
        <translation>The practice database is not available: %1</translation>
    </message>
    <message>
        <source>%1 · Question %2 of %3%4</source>
        <translation>%1 · Question %2 of %3%4</translation>
    </message>
    <message>
        <source> · follow-up</source>
        <translation> · follow-up</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>✗ states: %1</source>
        <translation>✗ states: %1</translation>
    </message>
    <message>
        <source>%1%2
%3</source>
        <translation>%1%2
%3</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>Next: </translation>
    </message>
    <message>
        <source>No follow-up: the next question comes.</source>
        <translation>No follow-up: the next question comes.</translation>
    </message>
    <message>
        <source>if still not covered: %1</source>
        <translation>if still not covered: %1</translation>
    </message>
    <message>
        <source>they mentioned “%1”</source>
        <translation>they mentioned “%1”</translation>
    </message>
    <message>
        <source>if the score is %1–%2</source>
        <translation>if the score is %1–%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Machine score %1 · %2 of %3 points ticked</source>
        <translation>Machine score %1 · %2 of %3 points ticked</translation>
    </message>
    <message>
        <source>Answer received. Your mentor will continue.</source>
        <translation>Answer received. Your mentor will continue.</translation>
    </message>
    <message>
        <source>ticked live</source>
        <translation>ticked live</translation>
    </message>
    <message>
        <source>Mentor console</source>
        <translation>Mentor console</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>no such file or directory</source>
        <translation>no such file or directory</translation>
    </message>
    <message>
        <source>pack id &apos;%1&apos; is already used by %2</source>
        <translation>pack id &apos;%1&apos; is already used by %2</translation>
    </message>
    <message>
        <source>question id &apos;%1&apos; is already used in pack &apos;%2&apos;</source>
        <translation>question id &apos;%1&apos; is already used in pack &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be &apos;zh&apos; or &apos;en&apos;, got &apos;%1&apos;</source>
        <translation>&apos;language&apos; must be &apos;zh&apos; or &apos;en&apos;, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;rounds&apos; must not be empty</source>
        <translation>&apos;rounds&apos; must not be empty</translation>
    </message>
    <message>
        <source>round</source>
        <translation>round</translation>
    </message>
    <message>
        <source>duplicate %1 id &apos;%2&apos;</source>
        <translation>duplicate %1 id &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;questions&apos; must not be empty</source>
        <translation>&apos;questions&apos; must not be empty</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>rubric point</source>
        <translation>rubric point</translation>
    </message>
    <message>
        <source>a rubric needs at least one core point</source>
        <translation>a rubric needs at least one core point</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be core, bonus or misconception, got &apos;%1&apos;</source>
        <translation>&apos;kind&apos; must be core, bonus or misconception, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a trigger needs exactly one of: missed, mentioned, score_band, always</source>
        <translation>a trigger needs exactly one of: missed, mentioned, score_band, always</translation>
    </message>
    <message>
        <source>trigger refers to unknown rubric point &apos;%1&apos; of question &apos;%2&apos;</source>
        <translation>trigger refers to unknown rubric point &apos;%1&apos; of question &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;score_band&apos; must be [low, high] with 0 &lt;= low &lt;= high &lt;= 100</source>
        <translation>&apos;score_band&apos; must be [low, high] with 0 &lt;= low &lt;= high &lt;= 100</translation>
    </message>
    <message>
        <source>&apos;always&apos; must be true</source>
        <translation>&apos;always&apos; must be true</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>cannot read file: %1</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>expected a mapping</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (allowed: %2)</source>
        <translation>unknown key &apos;%1&apos; (allowed: %2)</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>missing required key &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; must be a string</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; must not be empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (use 1-64 of a-z 0-9 . _ -, starting with a letter or digit)</source>
        <translation>&apos;%1&apos; is not a valid id (use 1-64 of a-z 0-9 . _ -, starting with a letter or digit)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an integer</source>
        <translation>&apos;%1&apos; must be an integer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3, got %4</source>
        <translation>&apos;%1&apos; must be between %2 and %3, got %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; must be a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be greater than %2 and at most %3</source>
        <translation>&apos;%1&apos; must be greater than %2 and at most %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>&apos;%1&apos; must be a list of strings</translation>
    </message>
    <message>
        <source>&apos;%1&apos; entries must be non-empty strings</source>
        <translation>&apos;%1&apos; entries must be non-empty strings</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; must be a list</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping</source>
        <translation>&apos;%1&apos; must be a mapping</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>covered</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>misconception</source>
        <translation>misconception</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Reference answer</translation>
    </message>
    <message>
        <source>Why this was asked</source>
        <translation>Why this was asked</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>Answered %1 s over the time limit</source>
        <translation>Answered %1 s over the time limit</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Average score per round</source>
        <translation>Average score per round</translation>
    </message>
    <message>
        <source>Weakest points</source>
        <translation>Weakest points</translation>
    </message>
    <message>
        <source>Compare with other attempts at this question</source>
        <translation>Compare with other attempts at this question</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Score per session, by pack</source>
        <translation>Score per session, by pack</translation>
    </message>
    <message>
        <source>Average score per session, by topic</source>
        <translation>Average score per session, by topic</translation>
    </message>
    <message>
        <source>Points missed most often</source>
        <translation>Points missed most often</translation>
    </message>
    <message>
        <source>No practice sessions yet.</source>
        <translation>No practice sessions yet.</translation>
    </message>
    <message>
        <source>missed %1 of %2 times</source>
        <translation>missed %1 of %2 times</translation>
    </message>
    <message>
        <source>Practice transcript</source>
        <translation>Practice transcript</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Appendix: reference answers</source>
        <translation>Appendix: reference answers</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Mentor&apos;s review</source>
        <translation>Mentor&apos;s review</translation>
    </message>
    <message>
        <source>Mentor&apos;s score</source>
        <translation>Mentor&apos;s score</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Rubric point</source>
        <translation>Rubric point</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Mentor&apos;s verdict</source>
        <translation>Mentor&apos;s verdict</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>To work on</source>
        <translation>To work on</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>hit</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>miss</translation>
    </message>
    <message>
        <source>Strong hire</source>
        <translation>Strong hire</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Hire</translation>
    </message>
    <message>
        <source>Lean no</source>
        <translation>Lean no</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Spoken:</source>
        <translation>Spoken:</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>speaking</translation>
    </message>
    <message>
        <source>pace</source>
        <translation>pace</translation>
    </message>
    <message>
        <source>words/min</source>
        <translation>words/min</translation>
    </message>
    <message>
        <source>characters/min</source>
        <translation>characters/min</translation>
    </message>
    <message>
        <source>fillers</source>
        <translation>fillers</translation>
    </message>
    <message>
        <source>long pauses</source>
        <translation>long pauses</translation>
    </message>
    <message>
        <source>Too short: say more.</source>
        <translation>Too short: say more.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>a page&apos;s resources are not a dictionary</source>
        <translation>a page&apos;s resources are not a dictionary</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>the PDF has no pages</translation>
    </message>
    <message>
        <source>page %1 has no media box</source>
        <translation>page %1 has no media box</translation>
    </message>
    <message>
        <source>the PDF catalog has no page tree</source>
        <translation>the PDF catalog has no page tree</translation>
    </message>
    <message>
        <source>page tree node %1 is not a dictionary</source>
        <translation>page tree node %1 is not a dictionary</translation>
    </message>
    <message>
        <source>there is no PDF to put together</source>
        <translation>there is no PDF to put together</translation>
    </message>
    <message>
        <source>part %1: %2</source>
        <translation>part %1: %2</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>not a PDF file</translation>
    </message>
    <message>
        <source>the PDF has no cross-reference table (no startxref)</source>
        <translation>the PDF has no cross-reference table (no startxref)</translation>
    </message>
    <message>
        <source>the PDF trailer names no document catalog</source>
        <translation>the PDF trailer names no document catalog</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference sections form a loop</source>
        <translation>the PDF&apos;s cross-reference sections form a loop</translation>
    </message>
    <message>
        <source>the PDF uses a cross-reference stream (PDF 1.5 compression), which is not supported</source>
        <translation>the PDF uses a cross-reference stream (PDF 1.5 compression), which is not supported</translation>
    </message>
    <message>
        <source>bad cross-reference table at byte %1</source>
        <translation>bad cross-reference table at byte %1</translation>
    </message>
    <message>
        <source>bad cross-reference entry at byte %1</source>
        <translation>bad cross-reference entry at byte %1</translation>
    </message>
    <message>
        <source>the PDF trailer is not a dictionary</source>
        <translation>the PDF trailer is not a dictionary</translation>
    </message>
    <message>
        <source>the PDF&apos;s /Prev points past the end of the file</source>
        <translation>the PDF&apos;s /Prev points past the end of the file</translation>
    </message>
    <message>
        <source>object %1 lies outside the file</source>
        <translation>object %1 lies outside the file</translation>
    </message>
    <message>
        <source>stream object %1 has no valid /Length</source>
        <translation>stream object %1 has no valid /Length</translation>
    </message>
    <message>
        <source>stream object %1 runs past the end of the file</source>
        <translation>stream object %1 runs past the end of the file</translation>
    </message>
    <message>
        <source>the PDF page tree loops or is too deep at object %1</source>
        <translation>the PDF page tree loops or is too deep at object %1</translation>
    </message>
    <message>
        <source>page tree node %1 has neither /Type /Page nor /Kids</source>
        <translation>page tree node %1 has neither /Type /Page nor /Kids</translation>
    </message>
    <message>
        <source>page tree node %1 has a kid that is not a reference</source>
        <translation>page tree node %1 has a kid that is not a reference</translation>
    </message>
    <message>
        <source>PDF syntax error at byte %1: %2</source>
        <translation>PDF syntax error at byte %1: %2</translation>
    </message>
    <message>
        <source>expected an integer, found &quot;%1&quot;</source>
        <translation>expected an integer, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected object %1, found object %2</source>
        <translation>expected object %1, found object %2</translation>
    </message>
    <message>
        <source>expected &quot;obj&quot;</source>
        <translation>expected &quot;obj&quot;</translation>
    </message>
    <message>
        <source>objects nested too deeply</source>
        <translation>objects nested too deeply</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unexpected end of file</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unexpected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad number &quot;%1&quot;</source>
        <translation>bad number &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>unterminated hex string</source>
        <translation>unterminated hex string</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>unterminated array</translation>
    </message>
    <message>
        <source>unterminated dictionary</source>
        <translation>unterminated dictionary</translation>
    </message>
    <message>
        <source>a dictionary key must be a name</source>
        <translation>a dictionary key must be a name</translation>
    </message>
    <message>
        <source>the page-number font has no glyph for &quot;%1&quot;</source>
        <translation>the page-number font has no glyph for &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>the report page could not be laid out</source>
        <translation>the report page could not be laid out</translation>
    </message>
    <message>
        <source>printing to %1 failed</source>
        <translation>printing to %1 failed</translation>
    </message>
    <message>
        <source>printing did not finish within two minutes</source>
        <translation>printing did not finish within two minutes</translation>
    </message>
    <message>
        <source>there is nothing to print</source>
        <translation>there is nothing to print</translation>
    </message>
    <message>
        <source>the printed pieces could not be put together: %1</source>
        <translation>the printed pieces could not be put together: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the PDF has no page numbers: %1</source>
        <translation>the PDF has no page numbers: %1</translation>
    </message>
</context>
<context>
    <name>PointOverrideTable</name>
    <message>
        <source>Rubric point</source>
        <translation>Rubric point</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rubric points with the mentor&apos;s judgements</source>
        <translation>Rubric points with the mentor&apos;s judgements</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>hit</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>Mentor&apos;s judgement of point %1</source>
        <translation>Mentor&apos;s judgement of point %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Hit</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Miss</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PracticeSettingsPage</name>
    <message>
        <source>&amp;Read questions aloud</source>
        <translation>&amp;Read questions aloud</translation>
    </message>
    <message>
        <source>Default practice mode</source>
        <translation>Default practice mode</translation>
    </message>
    <message>
        <source>Full script, in order</source>
        <translation>Full script, in order</translation>
    </message>
    <message>
        <source>Topic drill (adaptive difficulty)</source>
        <translation>Topic drill (adaptive difficulty)</translation>
    </message>
    <message>
        <source>Quick 5-question warm-up</source>
        <translation>Quick 5-question warm-up</translation>
    </message>
    <message>
        <source>Timed exam (time limits enforced)</source>
        <translation>Timed exam (time limits enforced)</translation>
    </message>
    <message>
        <source>Interviewer persona</source>
        <translation>Interviewer persona</translation>
    </message>
    <message>
        <source>Friendly — gives hints, drills gently</source>
        <translation>Friendly — gives hints, drills gently</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Strict — drills deeper, no hints</source>
        <translation>Strict — drills deeper, no hints</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed (for example qt6-speech-speechd-plugin or qt6-speech-flite-plugin)</source>
        <translation>No text-to-speech engine is installed (for example qt6-speech-speechd-plugin or qt6-speech-flite-plugin)</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>Submit when time is up in timed exams only</source>
        <translation>Submit when time is up in timed exams only</translation>
    </message>
    <message>
        <source>Submit when time is up in every mode</source>
        <translation>Submit when time is up in every mode</translation>
    </message>
    <message>
        <source>Never submit for me: the clock only counts</source>
        <translation>Never submit for me: the clock only counts</translation>
    </message>
    <message>
        <source>Each question has a time limit; the clock shows it and turns red past it, and the report notes overruns whatever you choose here.</source>
        <translation>Each question has a time limit; the clock shows it and turns red past it, and the report notes overruns whatever you choose here.</translation>
    </message>
    <message>
        <source>Default &amp;mode:</source>
        <translation>Default &amp;mode:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Interviewer:</translation>
    </message>
    <message>
        <source>&amp;Time limits:</source>
        <translation>&amp;Time limits:</translation>
    </message>
</context>
<context>
    <name>PracticeSetupPanel</name>
    <message>
        <source>Read questions aloud</source>
        <translation>Read questions aloud</translation>
    </message>
    <message>
        <source>&amp;Start practice</source>
        <translation>&amp;Start practice</translation>
    </message>
    <message>
        <source>&amp;Mentor-led…</source>
        <translation>&amp;Mentor-led…</translation>
    </message>
    <message>
        <source>Full script, in order</source>
        <translation>Full script, in order</translation>
    </message>
    <message>
        <source>Topic drill (adaptive difficulty)</source>
        <translation>Topic drill (adaptive difficulty)</translation>
    </message>
    <message>
        <source>Quick 5-question warm-up</source>
        <translation>Quick 5-question warm-up</translation>
    </message>
    <message>
        <source>Timed exam (time limits enforced)</source>
        <translation>Timed exam (time limits enforced)</translation>
    </message>
    <message>
        <source>Friendly — gives hints, drills gently</source>
        <translation>Friendly — gives hints, drills gently</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Strict — drills deeper, no hints</source>
        <translation>Strict — drills deeper, no hints</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Practice mode</translation>
    </message>
    <message>
        <source>Interviewer persona</source>
        <translation>Interviewer persona</translation>
    </message>
    <message>
        <source>Rounds or topics to include</source>
        <translation>Rounds or topics to include</translation>
    </message>
    <message>
        <source>The interviewer reads each question aloud</source>
        <translation>The interviewer reads each question aloud</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed (for example qt6-speech-speechd-plugin or qt6-speech-flite-plugin)</source>
        <translation>No text-to-speech engine is installed (for example qt6-speech-speechd-plugin or qt6-speech-flite-plugin)</translation>
    </message>
    <message>
        <source>Start (Ctrl+Enter)</source>
        <translation>Start (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Interviewer:</translation>
    </message>
    <message>
        <source>Run the interview as a mentor: a console for you, a separate window for the candidate</source>
        <translation>Run the interview as a mentor: a console for you, a separate window for the candidate</translation>
    </message>
    <message>
        <source>Topics (from every %1 pack; none checked = all):</source>
        <translation>Topics (from every %1 pack; none checked = all):</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Rounds:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Session bundles (*.mibundle);;All files (*)</source>
        <translation>Session bundles (*.mibundle);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RecordingMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <source>Recording time used of the maximum</source>
        <translation>Recording time used of the maximum</translation>
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
        <translation>Override the &amp;score:</translation>
    </message>
    <message>
        <source>Answers in this session</source>
        <translation>Answers in this session</translation>
    </message>
    <message>
        <source>Review not saved</source>
        <translation>Review not saved</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Mentor: </source>
        <translation>Mentor: </translation>
    </message>
    <message>
        <source>Mentor name</source>
        <translation>Mentor name</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Export &amp;bundle…</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer; select words to comment on them</source>
        <translation>The candidate&apos;s answer; select words to comment on them</translation>
    </message>
    <message>
        <source>Mentor&apos;s score</source>
        <translation>Mentor&apos;s score</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Why this score</translation>
    </message>
    <message>
        <source>Reason for the mentor&apos;s score</source>
        <translation>Reason for the mentor&apos;s score</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>This &amp;answer</source>
        <translation>This &amp;answer</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <source>Review — %1%2, %3</source>
        <translation>Review — %1%2, %3</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
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
            <numerusform> · %n comment</numerusform>
            <numerusform> · %n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Not answered.</translation>
    </message>
    <message>
        <source>Automatic score %1 · Mentor&apos;s score %2</source>
        <translation>Automatic score %1 · Mentor&apos;s score %2</translation>
    </message>
    <message>
        <source>Automatic score %1 · no mentor&apos;s score yet</source>
        <translation>Automatic score %1 · no mentor&apos;s score yet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>Comment on “%1”:</translation>
    </message>
    <message>
        <source>Comment on the whole answer:</source>
        <translation>Comment on the whole answer:</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>unfinished, draft saved</source>
        <translation>unfinished, draft saved</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfinished</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings areas</source>
        <translation>Settings areas</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Practice</translation>
    </message>
    <message>
        <source>&amp;Spoken answers</source>
        <translation>&amp;Spoken answers</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>delivery figures: &apos;%1&apos; is missing or not a number</source>
        <translation>delivery figures: &apos;%1&apos; is missing or not a number</translation>
    </message>
    <message>
        <source>delivery figures: pace_unit, fillers or too_short is missing or of the wrong type</source>
        <translation>delivery figures: pace_unit, fillers or too_short is missing or of the wrong type</translation>
    </message>
    <message>
        <source>delivery figures are not a JSON object: %1</source>
        <translation>delivery figures are not a JSON object: %1</translation>
    </message>
    <message>
        <source>no endpoint configured for %1: give its URL, e.g. http://127.0.0.1:8080</source>
        <translation>no endpoint configured for %1: give its URL, e.g. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>%1: not an http(s) URL: %2</source>
        <translation>%1: not an http(s) URL: %2</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a JSON object: %2</source>
        <translation>%1 answered with something that is not a JSON object: %2</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 reported an error: %2</translation>
    </message>
    <message>
        <source>%1 answered without a &quot;text&quot; field: %2</source>
        <translation>%1 answered without a &quot;text&quot; field: %2</translation>
    </message>
    <message>
        <source>%1 needs a running QCoreApplication</source>
        <translation>%1 needs a running QCoreApplication</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 s</source>
        <translation>%1 at %2 did not answer within %3 s</translation>
    </message>
    <message>
        <source>cannot connect to %1 at %2: connection refused (is the server running?)</source>
        <translation>cannot connect to %1 at %2: connection refused (is the server running?)</translation>
    </message>
    <message>
        <source>%1 at %2 answered HTTP %3: %4</source>
        <translation>%1 at %2 answered HTTP %3: %4</translation>
    </message>
    <message>
        <source>cannot reach %1 at %2: %3</source>
        <translation>cannot reach %1 at %2: %3</translation>
    </message>
    <message>
        <source>the pocketsphinx model is missing at %1 (apt-get install pocketsphinx-en-us)</source>
        <translation>the pocketsphinx model is missing at %1 (apt-get install pocketsphinx-en-us)</translation>
    </message>
    <message>
        <source>cannot configure pocketsphinx</source>
        <translation>cannot configure pocketsphinx</translation>
    </message>
    <message>
        <source>cannot start pocketsphinx with the model in %1</source>
        <translation>cannot start pocketsphinx with the model in %1</translation>
    </message>
    <message>
        <source>cannot write the vocabulary language model</source>
        <translation>cannot write the vocabulary language model</translation>
    </message>
    <message>
        <source>pocketsphinx rejected the vocabulary language model</source>
        <translation>pocketsphinx rejected the vocabulary language model</translation>
    </message>
    <message>
        <source>pocketsphinx has only an English model; use a whisper backend for &apos;%1&apos;</source>
        <translation>pocketsphinx has only an English model; use a whisper backend for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pocketsphinx failed to decode %1</source>
        <translation>pocketsphinx failed to decode %1</translation>
    </message>
    <message>
        <source>live captions use pocketsphinx, which has only an English model; no captions for &apos;%1&apos;</source>
        <translation>live captions use pocketsphinx, which has only an English model; no captions for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an utterance is already being recognised</source>
        <translation>an utterance is already being recognised</translation>
    </message>
    <message>
        <source>pocketsphinx cannot start an utterance</source>
        <translation>pocketsphinx cannot start an utterance</translation>
    </message>
    <message>
        <source>no utterance is being recognised</source>
        <translation>no utterance is being recognised</translation>
    </message>
    <message>
        <source>pocketsphinx failed to finish the utterance</source>
        <translation>pocketsphinx failed to finish the utterance</translation>
    </message>
    <message>
        <source>the speech engine timeout must be positive</source>
        <translation>the speech engine timeout must be positive</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a WAV file</source>
        <translation>%1 is not a WAV file</translation>
    </message>
    <message>
        <source>%1 is truncated</source>
        <translation>%1 is truncated</translation>
    </message>
    <message>
        <source>%1: only 16-bit PCM WAV is supported (format %2, %3 bits, %4 channels)</source>
        <translation>%1: only 16-bit PCM WAV is supported (format %2, %3 bits, %4 channels)</translation>
    </message>
    <message>
        <source>%1 has no format chunk before its data</source>
        <translation>%1 has no format chunk before its data</translation>
    </message>
    <message>
        <source>%1 has no audio data</source>
        <translation>%1 has no audio data</translation>
    </message>
    <message>
        <source>whisper-cli not found: %1 (build whisper.cpp and give the program&apos;s path)</source>
        <translation>whisper-cli not found: %1 (build whisper.cpp and give the program&apos;s path)</translation>
    </message>
    <message>
        <source>whisper-cli needs a ggml model file, e.g. ggml-small.bin</source>
        <translation>whisper-cli needs a ggml model file, e.g. ggml-small.bin</translation>
    </message>
    <message>
        <source>the whisper model is missing at %1</source>
        <translation>the whisper model is missing at %1</translation>
    </message>
    <message>
        <source>cannot write a 16 kHz copy of %1</source>
        <translation>cannot write a 16 kHz copy of %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>whisper-cli did not finish within %1 s</source>
        <translation>whisper-cli did not finish within %1 s</translation>
    </message>
    <message>
        <source>whisper-cli crashed: %1</source>
        <translation>whisper-cli crashed: %1</translation>
    </message>
</context>
<context>
    <name>SpeechSettingsPage</name>
    <message>
        <source>Whisper server address</source>
        <translation>Whisper server address</translation>
    </message>
    <message>
        <source>Whisper model name</source>
        <translation>Whisper model name</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>whisper-cli program</source>
        <translation>whisper-cli program</translation>
    </message>
    <message>
        <source>Whisper model file</source>
        <translation>Whisper model file</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speech recognition engine</source>
        <translation>Speech recognition engine</translation>
    </message>
    <message>
        <source>PocketSphinx — offline, on this computer (English)</source>
        <translation>PocketSphinx — offline, on this computer (English)</translation>
    </message>
    <message>
        <source>whisper.cpp server — over HTTP</source>
        <translation>whisper.cpp server — over HTTP</translation>
    </message>
    <message>
        <source>OpenAI-compatible transcription API</source>
        <translation>OpenAI-compatible transcription API</translation>
    </message>
    <message>
        <source>whisper.cpp program — run on this computer</source>
        <translation>whisper.cpp program — run on this computer</translation>
    </message>
    <message>
        <source>Sent to the service with each recording. Stored unencrypted in %1</source>
        <translation>Sent to the service with each recording. Stored unencrypted in %1</translation>
    </message>
    <message>
        <source>whisper-cli on the PATH</source>
        <translation>whisper-cli on the PATH</translation>
    </message>
    <message>
        <source>for example ~/models/ggml-base.bin</source>
        <translation>for example ~/models/ggml-base.bin</translation>
    </message>
    <message>
        <source>Give up transcribing after</source>
        <translation>Give up transcribing after</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Mo&amp;del name:</source>
        <translation>Mo&amp;del name:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>whisper-cli &amp;program:</source>
        <translation>whisper-cli &amp;program:</translation>
    </message>
    <message>
        <source>Model &amp;file:</source>
        <translation>Model &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Give up after:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>No microphone is available right now (is a sound server running?).</source>
        <translation>No microphone is available right now (is a sound server running?).</translation>
    </message>
    <message>
        <source>This build cannot list microphones; the system&apos;s default input is used.</source>
        <translation>This build cannot list microphones; the system&apos;s default input is used.</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
</context>
<context>
    <name>SpokenAnswerBar</name>
    <message>
        <source>Speak your answer instead of typing it (Ctrl+R starts and stops)</source>
        <translation>Speak your answer instead of typing it (Ctrl+R starts and stops)</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>Pause or resume the recording (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Live caption</source>
        <translation>Live caption</translation>
    </message>
    <message>
        <source>The recording reached its maximum length of %1 and stopped.</source>
        <translation>The recording reached its maximum length of %1 and stopped.</translation>
    </message>
    <message>
        <source>Could not transcribe the recording: %1
The recording is kept with your answer; type the text instead.</source>
        <translation>Could not transcribe the recording: %1
The recording is kept with your answer; type the text instead.</translation>
    </message>
    <message>
        <source>No microphone found: type your answer. Speaking needs a microphone and a sound server (PulseAudio or PipeWire).</source>
        <translation>No microphone found: type your answer. Speaking needs a microphone and a sound server (PulseAudio or PipeWire).</translation>
    </message>
    <message>
        <source>Speech in this pack&apos;s language cannot be transcribed yet: the offline recogniser has only an English model. You can still record; the recording is kept with your answer, and you type the text.</source>
        <translation>Speech in this pack&apos;s language cannot be transcribed yet: the offline recogniser has only an English model. You can still record; the recording is kept with your answer, and you type the text.</translation>
    </message>
    <message>
        <source>Recording kept (%1). Type the answer text: this language cannot be transcribed yet.</source>
        <translation>Recording kept (%1). Type the answer text: this language cannot be transcribed yet.</translation>
    </message>
    <message>
        <source>Transcribing %1 of speech…</source>
        <translation>Transcribing %1 of speech…</translation>
    </message>
    <message>
        <source>No words were recognised in the recording. It is kept with your answer; type the text instead.</source>
        <translation>No words were recognised in the recording. It is kept with your answer; type the text instead.</translation>
    </message>
    <message>
        <source>Transcribed in %1 s. Check and edit the text before submitting.</source>
        <translation>Transcribed in %1 s. Check and edit the text before submitting.</translation>
    </message>
    <message>
        <source>Speak answer</source>
        <translation>Speak answer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Live captions unavailable</source>
        <translation>Live captions unavailable</translation>
    </message>
    <message>
        <source>%1 Typed answers work as usual.</source>
        <translation>%1 Typed answers work as usual.</translation>
    </message>
    <message>
        <source>The speech engine in Settings cannot be used: %1</source>
        <translation>The speech engine in Settings cannot be used: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2 words/min, %n filler(s)</source>
        <translation>
            <numerusform>%1  ·  %2 words/min, %n filler</numerusform>
            <numerusform>%1  ·  %2 words/min, %n fillers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>no session with id %1</source>
        <translation>no session with id %1</translation>
    </message>
    <message>
        <source>session %1 has a uid that cannot name a folder: %2</source>
        <translation>session %1 has a uid that cannot name a folder: %2</translation>
    </message>
    <message>
        <source>no recording at %1</source>
        <translation>no recording at %1</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>cannot create the folder for %1</translation>
    </message>
    <message>
        <source>cannot move the recording %1 to %2</source>
        <translation>cannot move the recording %1 to %2</translation>
    </message>
    <message>
        <source>cannot move the recording to %1</source>
        <translation>cannot move the recording to %1</translation>
    </message>
    <message>
        <source>the recording of turn %1 points outside the data folder: %2</source>
        <translation>the recording of turn %1 points outside the data folder: %2</translation>
    </message>
    <message>
        <source>cannot list sessions: %1</source>
        <translation>cannot list sessions: %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database</source>
        <translation>%1 is not a readable SQLite database</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this program knows up to %3. Update the program.</source>
        <translation>%1 has schema version %2; this program knows up to %3. Update the program.</translation>
    </message>
    <message>
        <source>session %1 has no saved turn %2</source>
        <translation>session %1 has no saved turn %2</translation>
    </message>
    <message>
        <source>cannot start a savepoint: %1</source>
        <translation>cannot start a savepoint: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>cannot commit: %1</translation>
    </message>
    <message>
        <source>cannot schedule the review of %1: the due date is out of range</source>
        <translation>cannot schedule the review of %1: the due date is out of range</translation>
    </message>
</context>
<context>
    <name>VerdictForm</name>
    <message>
        <source>e.g. P6 / senior SRE</source>
        <translation>e.g. P6 / senior SRE</translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation>Save verdict</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation>&amp;Strengths:</translation>
    </message>
    <message>
        <source>&amp;Work on:</source>
        <translation>&amp;Work on:</translation>
    </message>
    <message>
        <source>(no recommendation)</source>
        <translation>(no recommendation)</translation>
    </message>
    <message>
        <source>Strong hire</source>
        <translation>Strong hire</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Hire</translation>
    </message>
    <message>
        <source>Lean no</source>
        <translation>Lean no</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation>No verdict yet.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mock Interview</source>
        <translation>Welcome to Mock Interview</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practise on your own.&lt;/b&gt; Choose a question pack, answer in writing, and each answer is scored against the points an interviewer listens for. Missed points bring follow-up questions, as in a real interview.</source>
        <translation>&lt;b&gt;Practise on your own.&lt;/b&gt; Choose a question pack, answer in writing, and each answer is scored against the points an interviewer listens for. Missed points bring follow-up questions, as in a real interview.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review with a mentor.&lt;/b&gt; A mentor can run the interview from a console while you answer in your own window, or open a finished session later to adjust scores, comment on your words and give a verdict.</source>
        <translation>&lt;b&gt;Review with a mentor.&lt;/b&gt; A mentor can run the interview from a console while you answer in your own window, or open a finished session later to adjust scores, comment on your words and give a verdict.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep a record.&lt;/b&gt; Every session is saved on this computer. Export one as a PDF transcript with the scores, the mentor&apos;s notes and the reference answers.</source>
        <translation>&lt;b&gt;Keep a record.&lt;/b&gt; Every session is saved on this computer. Export one as a PDF transcript with the scores, the mentor&apos;s notes and the reference answers.</translation>
    </message>
    <message>
        <source>&amp;Start a 5-question warm-up</source>
        <translation>&amp;Start a 5-question warm-up</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Write one session (answers, scores, audio, a snapshot of its questions, the mentor&apos;s review) to a bundle file.</source>
        <translation>Write one session (answers, scores, audio, a snapshot of its questions, the mentor&apos;s review) to a bundle file.</translation>
    </message>
    <message>
        <source>Session id (see &apos;mockinterview-cli sessions&apos;).</source>
        <translation>Session id (see &apos;mockinterview-cli sessions&apos;).</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>The bundle file to write.</translation>
    </message>
    <message>
        <source>give --session ID and --out FILE</source>
        <translation>give --session ID and --out FILE</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>Import a session bundle. A new session is added; a session already here gains the bundle&apos;s review and anything it lacks, never a duplicate. A damaged file changes nothing.</source>
        <translation>Import a session bundle. A new session is added; a session already here gains the bundle&apos;s review and anything it lacks, never a duplicate. A damaged file changes nothing.</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>The bundle file.</translation>
    </message>
    <message>
        <source>Print {session, uid, new_session, turns_added, audio_added, review_replaced} as JSON.</source>
        <translation>Print {session, uid, new_session, turns_added, audio_added, review_replaced} as JSON.</translation>
    </message>
    <message>
        <source>give one bundle file</source>
        <translation>give one bundle file</translation>
    </message>
    <message>
        <source>imported as session %1 (%2 turns, %3 audio files)</source>
        <translation>imported as session %1 (%2 turns, %3 audio files)</translation>
    </message>
    <message>
        <source>session %1 was already here: %2 turns added, review %3</source>
        <translation>session %1 was already here: %2 turns added, review %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message numerus="yes">
        <source>warning: skipped %n broken pack file(s)</source>
        <translation>
            <numerusform>warning: skipped %n broken pack file</numerusform>
            <numerusform>warning: skipped %n broken pack files</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite database file (default: $MOCKINTERVIEW_DB, else the user data folder).</source>
        <translation>SQLite database file (default: $MOCKINTERVIEW_DB, else the user data folder).</translation>
    </message>
    <message>
        <source>Folder or file of question packs (default: the bundled packs).</source>
        <translation>Folder or file of question packs (default: the bundled packs).</translation>
    </message>
    <message>
        <source>Export a practice session as a PDF transcript (Qt WebEngine) and/or a stand-alone HTML file.</source>
        <translation>Export a practice session as a PDF transcript (Qt WebEngine) and/or a stand-alone HTML file.</translation>
    </message>
    <message>
        <source>Write the PDF here.</source>
        <translation>Write the PDF here.</translation>
    </message>
    <message>
        <source>Write a stand-alone HTML file here.</source>
        <translation>Write a stand-alone HTML file here.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (default) or letter.</translation>
    </message>
    <message>
        <source>Candidate name for the cover.</source>
        <translation>Candidate name for the cover.</translation>
    </message>
    <message>
        <source>Add an appendix with the reference answers.</source>
        <translation>Add an appendix with the reference answers.</translation>
    </message>
    <message>
        <source>give --pdf FILE and/or --html FILE</source>
        <translation>give --pdf FILE and/or --html FILE</translation>
    </message>
    <message>
        <source>unknown page size: %1 (a4 or letter)</source>
        <translation>unknown page size: %1 (a4 or letter)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>List the question packs that load.</source>
        <translation>List the question packs that load.</translation>
    </message>
    <message>
        <source>Check pack files; print file:line:col: errors.</source>
        <translation>Check pack files; print file:line:col: errors.</translation>
    </message>
    <message>
        <source>List questions, optionally of one pack.</source>
        <translation>List questions, optionally of one pack.</translation>
    </message>
    <message>
        <source>Score one answer, or a JSON Lines batch.</source>
        <translation>Score one answer, or a JSON Lines batch.</translation>
    </message>
    <message>
        <source>Walk a pack non-interactively with answers from a file.</source>
        <translation>Walk a pack non-interactively with answers from a file.</translation>
    </message>
    <message>
        <source>List saved practice sessions.</source>
        <translation>List saved practice sessions.</translation>
    </message>
    <message>
        <source>Transcribe a spoken answer offline, with delivery figures.</source>
        <translation>Transcribe a spoken answer offline, with delivery figures.</translation>
    </message>
    <message>
        <source>Export a session as a PDF transcript or HTML.</source>
        <translation>Export a session as a PDF transcript or HTML.</translation>
    </message>
    <message>
        <source>Write a session, its audio and review to one file.</source>
        <translation>Write a session, its audio and review to one file.</translation>
    </message>
    <message>
        <source>Import a session bundle (new, or a review coming back).</source>
        <translation>Import a session bundle (new, or a review coming back).</translation>
    </message>
    <message>
        <source>Usage: mockinterview-cli [--db PATH] [--packs PATH] &lt;command&gt; [options]</source>
        <translation>Usage: mockinterview-cli [--db PATH] [--packs PATH] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;mockinterview-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Run &apos;mockinterview-cli &lt;command&gt; --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation>unknown option: %1</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <source>List the question packs that load. Broken pack files are reported on stderr and skipped.</source>
        <translation>List the question packs that load. Broken pack files are reported on stderr and skipped.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, language, questions}.</source>
        <translation>Print a JSON array of {id, title, language, questions}.</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>Validate pack files or folders of them. Prints every error as file:line:col: message; exits 1 if any.</source>
        <translation>Validate pack files or folders of them. Prints every error as file:line:col: message; exits 1 if any.</translation>
    </message>
    <message>
        <source>Pack file or folder (default: the bundled packs).</source>
        <translation>Pack file or folder (default: the bundled packs).</translation>
    </message>
    <message>
        <source>List questions.</source>
        <translation>List questions.</translation>
    </message>
    <message>
        <source>Only this pack.</source>
        <translation>Only this pack.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, pack, round, prompt, source}.</source>
        <translation>Print a JSON array of {id, pack, round, prompt, source}.</translation>
    </message>
    <message>
        <source>unknown pack: %1</source>
        <translation>unknown pack: %1</translation>
    </message>
    <message>
        <source>score %1 — %2</source>
        <translation>score %1 — %2</translation>
    </message>
    <message>
        <source>ability estimate now %1</source>
        <translation>ability estimate now %1</translation>
    </message>
    <message>
        <source>Walk a pack&apos;s script non-interactively, taking answers in order from a file (one answer per line), and save the session.</source>
        <translation>Walk a pack&apos;s script non-interactively, taking answers in order from a file (one answer per line), and save the session.</translation>
    </message>
    <message>
        <source>Pack id (a topic drill without --pack draws from every pack of --language).</source>
        <translation>Pack id (a topic drill without --pack draws from every pack of --language).</translation>
    </message>
    <message>
        <source>script (default), drill, warmup or exam.</source>
        <translation>script (default), drill, warmup or exam.</translation>
    </message>
    <message>
        <source>Interviewer: friendly, neutral (default) or strict.</source>
        <translation>Interviewer: friendly, neutral (default) or strict.</translation>
    </message>
    <message>
        <source>Comma-separated topic tags for a drill (default: all).</source>
        <translation>Comma-separated topic tags for a drill (default: all).</translation>
    </message>
    <message>
        <source>Language of a drill without --pack: zh (default) or en.</source>
        <translation>Language of a drill without --pack: zh (default) or en.</translation>
    </message>
    <message>
        <source>Stop after this many questions (warm-up: 5).</source>
        <translation>Stop after this many questions (warm-up: 5).</translation>
    </message>
    <message>
        <source>Plain text file, one answer per line (&apos;-&apos; for standard input).</source>
        <translation>Plain text file, one answer per line (&apos;-&apos; for standard input).</translation>
    </message>
    <message>
        <source>Seed that fixes the walk (default 1).</source>
        <translation>Seed that fixes the walk (default 1).</translation>
    </message>
    <message>
        <source>Comma-separated round ids to walk (default: all).</source>
        <translation>Comma-separated round ids to walk (default: all).</translation>
    </message>
    <message>
        <source>Follow-ups per question (default: the persona&apos;s).</source>
        <translation>Follow-ups per question (default: the persona&apos;s).</translation>
    </message>
    <message>
        <source>Print one JSON object per turn, then {session_id, overall}.</source>
        <translation>Print one JSON object per turn, then {session_id, overall}.</translation>
    </message>
    <message>
        <source>unknown %1: %2</source>
        <translation>unknown %1: %2</translation>
    </message>
    <message>
        <source>unknown pack: %1 (see &apos;mockinterview-cli packs&apos;)</source>
        <translation>unknown pack: %1 (see &apos;mockinterview-cli packs&apos;)</translation>
    </message>
    <message>
        <source>cannot read the answers file &apos;%1&apos;: %2</source>
        <translation>cannot read the answers file &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no questions to ask in the chosen rounds</source>
        <translation>no questions to ask in the chosen rounds</translation>
    </message>
    <message>
        <source>note: the answers ran out before the script ended</source>
        <translation>note: the answers ran out before the script ended</translation>
    </message>
    <message>
        <source>Session %1 saved; overall score %2</source>
        <translation>Session %1 saved; overall score %2</translation>
    </message>
    <message>
        <source>List saved practice sessions, newest first.</source>
        <translation>List saved practice sessions, newest first.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, pack, started, turns, overall}.</source>
        <translation>Print a JSON array of {id, pack, started, turns, overall}.</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>turns</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <source>Score an answer against a pack question or a reference text.
Batch: --batch IN.jsonl reads {id, answer, reference|question_id|question} per line and writes {id, score, question_id, matched_prompt, points, similarity} per line.</source>
        <translation>Score an answer against a pack question or a reference text.
Batch: --batch IN.jsonl reads {id, answer, reference|question_id|question} per line and writes {id, score, question_id, matched_prompt, points, similarity} per line.</translation>
    </message>
    <message>
        <source>JSON Lines file to score (&apos;-&apos; for standard input).</source>
        <translation>JSON Lines file to score (&apos;-&apos; for standard input).</translation>
    </message>
    <message>
        <source>Pack question to score against.</source>
        <translation>Pack question to score against.</translation>
    </message>
    <message>
        <source>Question text: the best-matching pack question is used; with --reference-file it is context.</source>
        <translation>Question text: the best-matching pack question is used; with --reference-file it is context.</translation>
    </message>
    <message>
        <source>Score against this reference answer (no rubric needed).</source>
        <translation>Score against this reference answer (no rubric needed).</translation>
    </message>
    <message>
        <source>The answer (&apos;-&apos; for standard input).</source>
        <translation>The answer (&apos;-&apos; for standard input).</translation>
    </message>
    <message>
        <source>The answer as text.</source>
        <translation>The answer as text.</translation>
    </message>
    <message>
        <source>Print the result as JSON (the batch output shape).</source>
        <translation>Print the result as JSON (the batch output shape).</translation>
    </message>
    <message>
        <source>give the answer with --answer-file or --answer</source>
        <translation>give the answer with --answer-file or --answer</translation>
    </message>
    <message>
        <source>give one of --question-id, --question or --reference-file</source>
        <translation>give one of --question-id, --question or --reference-file</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Score: %1 (%2)</source>
        <translation>Score: %1 (%2)</translation>
    </message>
    <message>
        <source>Similarity to the reference: %1</source>
        <translation>Similarity to the reference: %1</translation>
    </message>
    <message>
        <source>Transcribe a spoken answer (16-bit PCM WAV) and print the transcript and delivery figures. pocketsphinx runs in-process for English; the whisper engines use whisper.cpp (Chinese, mixed and English speech) and send audio only to the endpoint you give.</source>
        <translation>Transcribe a spoken answer (16-bit PCM WAV) and print the transcript and delivery figures. pocketsphinx runs in-process for English; the whisper engines use whisper.cpp (Chinese, mixed and English speech) and send audio only to the endpoint you give.</translation>
    </message>
    <message>
        <source>The WAV file.</source>
        <translation>The WAV file.</translation>
    </message>
    <message>
        <source>Transcription engine: pocketsphinx (default, English only), whisper-server, whisper-openai or whisper-cli. Environment: MOCKINTERVIEW_SPEECH_ENGINE.</source>
        <translation>Transcription engine: pocketsphinx (default, English only), whisper-server, whisper-openai or whisper-cli. Environment: MOCKINTERVIEW_SPEECH_ENGINE.</translation>
    </message>
    <message>
        <source>whisper-server or whisper-openai: the server&apos;s base URL, e.g. http://127.0.0.1:8080. Environment: MOCKINTERVIEW_SPEECH_ENDPOINT.</source>
        <translation>whisper-server or whisper-openai: the server&apos;s base URL, e.g. http://127.0.0.1:8080. Environment: MOCKINTERVIEW_SPEECH_ENDPOINT.</translation>
    </message>
    <message>
        <source>whisper-openai: the model name (default whisper-1); whisper-cli: the ggml model file. Environment: MOCKINTERVIEW_SPEECH_MODEL.</source>
        <translation>whisper-openai: the model name (default whisper-1); whisper-cli: the ggml model file. Environment: MOCKINTERVIEW_SPEECH_MODEL.</translation>
    </message>
    <message>
        <source>whisper-openai: sent as a bearer token. Prefer the environment: MOCKINTERVIEW_SPEECH_API_KEY.</source>
        <translation>whisper-openai: sent as a bearer token. Prefer the environment: MOCKINTERVIEW_SPEECH_API_KEY.</translation>
    </message>
    <message>
        <source>whisper-cli: the program (default: whisper-cli on PATH). Environment: MOCKINTERVIEW_WHISPER_CLI.</source>
        <translation>whisper-cli: the program (default: whisper-cli on PATH). Environment: MOCKINTERVIEW_WHISPER_CLI.</translation>
    </message>
    <message>
        <source>whisper engines: give up after this many seconds (default 300).</source>
        <translation>whisper engines: give up after this many seconds (default 300).</translation>
    </message>
    <message>
        <source>Bias recognition toward this pack&apos;s vocabulary.</source>
        <translation>Bias recognition toward this pack&apos;s vocabulary.</translation>
    </message>
    <message>
        <source>Bias toward this question&apos;s vocabulary and score the transcript against it.</source>
        <translation>Bias toward this question&apos;s vocabulary and score the transcript against it.</translation>
    </message>
    <message>
        <source>Language of the speech (default: the pack&apos;s, else en).</source>
        <translation>Language of the speech (default: the pack&apos;s, else en).</translation>
    </message>
    <message>
        <source>Print {transcript, engine, language, audio_ms, processing_seconds, real_time_factor, delivery, score?} as JSON.</source>
        <translation>Print {transcript, engine, language, audio_ms, processing_seconds, real_time_factor, delivery, score?} as JSON.</translation>
    </message>
    <message>
        <source>give one audio file</source>
        <translation>give one audio file</translation>
    </message>
    <message>
        <source>unknown question: %1</source>
        <translation>unknown question: %1</translation>
    </message>
    <message>
        <source>speaking %1 s of %2 s, %3 %4, %5 filler(s), %6 long pause(s)%7</source>
        <translation>speaking %1 s of %2 s, %3 %4, %5 filler(s), %6 long pause(s)%7</translation>
    </message>
    <message>
        <source> — too short</source>
        <translation> — too short</translation>
    </message>
    <message>
        <source>score %1: %2</source>
        <translation>score %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 valid; %3 in %4</source>
        <translation>%1, %2 valid; %3 in %4</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mock Interview</source>
        <translation>Mock Interview</translation>
    </message>
    <message>
        <source>Mock interview simulator for ops, SRE and Kubernetes roles.</source>
        <translation>Mock interview simulator for ops, SRE and Kubernetes roles.</translation>
    </message>
    <message>
        <source>SQLite database file.</source>
        <translation>SQLite database file.</translation>
    </message>
    <message>
        <source>Folder of question packs.</source>
        <translation>Folder of question packs.</translation>
    </message>
    <message>
        <source>Start practising this pack right away.</source>
        <translation>Start practising this pack right away.</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN (default: the setting, else the system&apos;s).</source>
        <translation>Interface language: en or zh_CN (default: the setting, else the system&apos;s).</translation>
    </message>
    <message>
        <source>With --smoke-test: save the window as this PNG before exiting.</source>
        <translation>With --smoke-test: save the window as this PNG before exiting.</translation>
    </message>
    <message>
        <source>Open the main window, print its packs folder and the ms to first paint, exit.</source>
        <translation>Open the main window, print its packs folder and the ms to first paint, exit.</translation>
    </message>
</context>
<context>
    <name>mi::AnswerRecorder</name>
    <message>
        <source>No microphone was found.</source>
        <translation>No microphone was found.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; offers no audio format that can be recorded.</source>
        <translation>The microphone &quot;%1&quot; offers no audio format that can be recorded.</translation>
    </message>
    <message>
        <source>Cannot save the recording: %1</source>
        <translation>Cannot save the recording: %1</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened.</source>
        <translation>The microphone &quot;%1&quot; could not be opened.</translation>
    </message>
    <message>
        <source>The microphone delivered no sound.</source>
        <translation>The microphone delivered no sound.</translation>
    </message>
    <message>
        <source>The microphone stopped working (error %1).</source>
        <translation>The microphone stopped working (error %1).</translation>
    </message>
</context>
<context>
    <name>mi::ReviewEditor</name>
    <message>
        <source>Judge point %1 of answer %2</source>
        <translation>Judge point %1 of answer %2</translation>
    </message>
    <message>
        <source>Clear judgement of point %1 of answer %2</source>
        <translation>Clear judgement of point %1 of answer %2</translation>
    </message>
    <message>
        <source>Score answer %1</source>
        <translation>Score answer %1</translation>
    </message>
    <message>
        <source>Clear score of answer %1</source>
        <translation>Clear score of answer %1</translation>
    </message>
    <message>
        <source>Comment on answer %1</source>
        <translation>Comment on answer %1</translation>
    </message>
    <message>
        <source>Edit comment on answer %1</source>
        <translation>Edit comment on answer %1</translation>
    </message>
    <message>
        <source>Remove comment on answer %1</source>
        <translation>Remove comment on answer %1</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>Set verdict</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Clear verdict</translation>
    </message>
</context>
</TS>
