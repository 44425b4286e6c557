<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>copydesk::Articles</name>
    <message>
        <source>there is no article &apos;%1&apos; in this newsroom (see &apos;copydesk-cli list&apos;)</source>
        <translation>there is no article &apos;%1&apos; in this newsroom (see &apos;copydesk-cli list&apos;)</translation>
    </message>
    <message>
        <source>an article needs a title (--title)</source>
        <translation>an article needs a title (--title)</translation>
    </message>
    <message>
        <source>an article &apos;%1&apos; already exists</source>
        <translation>an article &apos;%1&apos; already exists</translation>
    </message>
    <message>
        <source>the new text is empty; nothing was saved (an article is never blanked by accident)</source>
        <translation>the new text is empty; nothing was saved (an article is never blanked by accident)</translation>
    </message>
    <message>
        <source>the new text is larger than %1 MB; nothing was saved</source>
        <translation>the new text is larger than %1 MB; nothing was saved</translation>
    </message>
    <message>
        <source>front matter date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>front matter date &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>article &apos;%1&apos; did not exist at %2</source>
        <translation>article &apos;%1&apos; did not exist at %2</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not supported: use en or ko (en-GB, en-US, ko-KR)</source>
        <translation>language &apos;%1&apos; is not supported: use en or ko (en-GB, en-US, ko-KR)</translation>
    </message>
</context>
<context>
    <name>copydesk::Newsroom</name>
    <message>
        <source>the shipped file %1 is missing (%2); is COPYDESK_DICTIONARIES right?</source>
        <translation>the shipped file %1 is missing (%2); is COPYDESK_DICTIONARIES right?</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a folder</source>
        <translation>%1 does not exist or is not a folder</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk newsroom (no git repository here); create one with &apos;copydesk-cli init&apos; or try the demo with &apos;copydesk-cli demo DIR&apos;</source>
        <translation>%1 is not a Copydesk newsroom (no git repository here); create one with &apos;copydesk-cli init&apos; or try the demo with &apos;copydesk-cli demo DIR&apos;</translation>
    </message>
    <message>
        <source>%1 is a git repository but not a Copydesk newsroom (no %2); run &apos;copydesk-cli init&apos; there to make it one</source>
        <translation>%1 is a git repository but not a Copydesk newsroom (no %2); run &apos;copydesk-cli init&apos; there to make it one</translation>
    </message>
    <message>
        <source>%1 exists and is not empty</source>
        <translation>%1 exists and is not empty</translation>
    </message>
    <message>
        <source>%1 is already a Copydesk newsroom</source>
        <translation>%1 is already a Copydesk newsroom</translation>
    </message>
    <message>
        <source>no identity: set one with &apos;git config --global user.email you@example.com&apos; and user.name, or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL</source>
        <translation>no identity: set one with &apos;git config --global user.email you@example.com&apos; and user.name, or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL</translation>
    </message>
    <message>
        <source>who are you? Set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL, or &apos;git config user.email you@example.com&apos; and user.name</source>
        <translation>who are you? Set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL, or &apos;git config user.email you@example.com&apos; and user.name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid article slug: %2</source>
        <translation>&apos;%1&apos; is not a valid article slug: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>it is longer than %1 characters</translation>
    </message>
    <message>
        <source>it may not contain &apos;/&apos;, &apos;\&apos; or &apos;..&apos;</source>
        <translation>it may not contain &apos;/&apos;, &apos;\&apos; or &apos;..&apos;</translation>
    </message>
    <message>
        <source>it may not start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>it may not start with &apos;.&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>it contains a space or a control character</source>
        <translation>it contains a space or a control character</translation>
    </message>
    <message>
        <source>use lower-case letters a-z, digits, &apos;-&apos; and Hangul only</source>
        <translation>use lower-case letters a-z, digits, &apos;-&apos; and Hangul only</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 does not exist at %2</source>
        <translation>%1 does not exist at %2</translation>
    </message>
    <message>
        <source>refusing to write &apos;%1&apos;: outside the newsroom or inside .git</source>
        <translation>refusing to write &apos;%1&apos;: outside the newsroom or inside .git</translation>
    </message>
    <message>
        <source>this newsroom requires configuration changes to be signed, and you have no signing key: run &apos;git config gpg.format ssh&apos; and &apos;git config user.signingkey ~/.ssh/id_ed25519&apos;; nothing was committed</source>
        <translation>this newsroom requires configuration changes to be signed, and you have no signing key: run &apos;git config gpg.format ssh&apos; and &apos;git config user.signingkey ~/.ssh/id_ed25519&apos;; nothing was committed</translation>
    </message>
    <message>
        <source>the server refused the push: %1</source>
        <translation>the server refused the push: %1</translation>
    </message>
    <message>
        <source>the server refused the push: %1
The server said:
%2</source>
        <translation>the server refused the push: %1
The server said:
%2</translation>
    </message>
    <message>
        <source>the remote kept changing while syncing; try again</source>
        <translation>the remote kept changing while syncing; try again</translation>
    </message>
    <message>
        <source>keeping your version of %1 would undo what %2 recorded on it on the server; nothing was merged. Keep theirs (&apos;sync --keep theirs&apos;, or the editor&apos;s merge view) and make your change again on top</source>
        <translation>keeping your version of %1 would undo what %2 recorded on it on the server; nothing was merged. Keep theirs (&apos;sync --keep theirs&apos;, or the editor&apos;s merge view) and make your change again on top</translation>
    </message>
</context>
<context>
    <name>copydesk::RecordMerge</name>
    <message>
        <source>%1 is &apos;%2&apos; on the server, &apos;%3&apos; here</source>
        <translation>%1 is &apos;%2&apos; on the server, &apos;%3&apos; here</translation>
    </message>
    <message>
        <source>%1: the article moved on in the workflow here and differs from the server&apos;s (%2); a merge cannot choose between the two, so nothing was merged. Keep one side&apos;s version whole (&apos;copydesk-cli sync --keep mine&apos; or &apos;--keep theirs&apos;), then repeat the other side&apos;s step.</source>
        <translation>%1: the article moved on in the workflow here and differs from the server&apos;s (%2); a merge cannot choose between the two, so nothing was merged. Keep one side&apos;s version whole (&apos;copydesk-cli sync --keep mine&apos; or &apos;--keep theirs&apos;), then repeat the other side&apos;s step.</translation>
    </message>
</context>
<context>
    <name>copydesk::Repository</name>
    <message>
        <source>%1 has changes in the working tree that are not committed (made by another tool?); commit or discard them first (git diff -- %1), nothing was saved</source>
        <translation>%1 has changes in the working tree that are not committed (made by another tool?); commit or discard them first (git diff -- %1), nothing was saved</translation>
    </message>
</context>
<context>
    <name>copydesk::Rules</name>
    <message>
        <source>nobody in this newsroom yet</source>
        <translation>nobody in this newsroom yet</translation>
    </message>
    <message>
        <source>%1 is not a member of this newsroom; an editor adds people with &apos;copydesk-cli people add&apos; (editors: %2)</source>
        <translation>%1 is not a member of this newsroom; an editor adds people with &apos;copydesk-cli people add&apos; (editors: %2)</translation>
    </message>
    <message>
        <source>only an editor manages people (editors: %1)</source>
        <translation>only an editor manages people (editors: %1)</translation>
    </message>
    <message>
        <source>only writers and editors create articles</source>
        <translation>only writers and editors create articles</translation>
    </message>
    <message>
        <source>the article is in stage &apos;%1&apos;, which this newsroom&apos;s pipeline does not have; an editor can reopen it to a known stage</source>
        <translation>the article is in stage &apos;%1&apos;, which this newsroom&apos;s pipeline does not have; an editor can reopen it to a known stage</translation>
    </message>
    <message>
        <source>the article is published; an editor must reopen it before it can be changed</source>
        <translation>the article is published; an editor must reopen it before it can be changed</translation>
    </message>
    <message>
        <source>only the assigned writer (%1), its reviewer or an editor may change this text</source>
        <translation>only the assigned writer (%1), its reviewer or an editor may change this text</translation>
    </message>
    <message>
        <source>only an editor assigns articles (editors: %1)</source>
        <translation>only an editor assigns articles (editors: %1)</translation>
    </message>
    <message>
        <source>the article is published; reopen it first</source>
        <translation>the article is published; reopen it first</translation>
    </message>
    <message>
        <source>only a draft in &apos;%1&apos; can be submitted; this one is in &apos;%2&apos;</source>
        <translation>only a draft in &apos;%1&apos; can be submitted; this one is in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>only the assigned writer (%1) or an editor submits this article</source>
        <translation>only the assigned writer (%1) or an editor submits this article</translation>
    </message>
    <message>
        <source>the article is not in review (it is in &apos;%1&apos;)</source>
        <translation>the article is not in review (it is in &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>only a reviewer or an editor may do this (reviewers: %1)</source>
        <translation>only a reviewer or an editor may do this (reviewers: %1)</translation>
    </message>
    <message>
        <source>this article&apos;s reviewer is %1; only they or an editor may do this</source>
        <translation>this article&apos;s reviewer is %1; only they or an editor may do this</translation>
    </message>
    <message>
        <source>say what should change (--comment)</source>
        <translation>say what should change (--comment)</translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) are unresolved; resolve them first</source>
        <translation>
            <numerusform>%n review comment is unresolved; resolve it first</numerusform>
            <numerusform>%n review comments are unresolved; resolve them first</numerusform>
        </translation>
    </message>
    <message>
        <source>review is passed by a reviewer&apos;s approval (&apos;approve&apos;), not &apos;advance&apos;</source>
        <translation>review is passed by a reviewer&apos;s approval (&apos;approve&apos;), not &apos;advance&apos;</translation>
    </message>
    <message>
        <source>an approved article moves on with &apos;publish&apos;</source>
        <translation>an approved article moves on with &apos;publish&apos;</translation>
    </message>
    <message>
        <source>a draft moves on with &apos;submit&apos;</source>
        <translation>a draft moves on with &apos;submit&apos;</translation>
    </message>
    <message>
        <source>only the writer, the reviewer or an editor moves this article on</source>
        <translation>only the writer, the reviewer or an editor moves this article on</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) are not verified; verify them or ask an editor to waive</source>
        <translation>
            <numerusform>%n claim is not verified; verify it or ask an editor to waive</numerusform>
            <numerusform>%n claims are not verified; verify them or ask an editor to waive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spelling/style error(s) remain; fix them or ask an editor to waive</source>
        <translation>
            <numerusform>%n spelling/style error remains; fix it or ask an editor to waive</numerusform>
            <numerusform>%n spelling/style errors remain; fix them or ask an editor to waive</numerusform>
        </translation>
    </message>
    <message>
        <source>leaving fact check is an editor&apos;s sign-off (editors: %1)</source>
        <translation>leaving fact check is an editor&apos;s sign-off (editors: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) are unresolved</source>
        <translation>
            <numerusform>%n review comment is unresolved</numerusform>
            <numerusform>%n review comments are unresolved</numerusform>
        </translation>
    </message>
    <message>
        <source>only an editor publishes (editors: %1)</source>
        <translation>only an editor publishes (editors: %1)</translation>
    </message>
    <message>
        <source>only an approved article can be published; this one is in &apos;%1&apos;</source>
        <translation>only an approved article can be published; this one is in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only an editor moves an article back (editors: %1)</source>
        <translation>only an editor moves an article back (editors: %1)</translation>
    </message>
    <message>
        <source>there is no stage &apos;%1&apos;</source>
        <translation>there is no stage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not earlier than &apos;%2&apos;</source>
        <translation>&apos;%1&apos; is not earlier than &apos;%2&apos;</translation>
    </message>
    <message>
        <source>moving an article back needs a reason (--reason)</source>
        <translation>moving an article back needs a reason (--reason)</translation>
    </message>
    <message>
        <source>only an editor waives findings (editors: %1)</source>
        <translation>only an editor waives findings (editors: %1)</translation>
    </message>
    <message>
        <source>a waiver needs a written reason (--reason)</source>
        <translation>a waiver needs a written reason (--reason)</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>unknown event &apos;%1&apos;</translation>
    </message>
    <message>
        <source>none: every editor wrote part of it; an editor adds another with &apos;copydesk-cli people add&apos;</source>
        <translation>none: every editor wrote part of it; an editor adds another with &apos;copydesk-cli people add&apos;</translation>
    </message>
    <message>
        <source>its reviewer %1</source>
        <translation>its reviewer %1</translation>
    </message>
    <message>
        <source>an editor who did not write it (%1)</source>
        <translation>an editor who did not write it (%1)</translation>
    </message>
    <message>
        <source>nobody in this newsroom can: every reviewer and editor wrote part of it; an editor adds a new editor or reviewer (&apos;copydesk-cli people add&apos;)</source>
        <translation>nobody in this newsroom can: every reviewer and editor wrote part of it; an editor adds a new editor or reviewer (&apos;copydesk-cli people add&apos;)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>; or an editor assigns a reviewer who did not write it</source>
        <translation>; or an editor assigns a reviewer who did not write it</translation>
    </message>
    <message>
        <source>%1 can</source>
        <translation>%1 can</translation>
    </message>
    <message>
        <source>four-eyes rule: %1 wrote part of this article and cannot approve it; %2</source>
        <translation>four-eyes rule: %1 wrote part of this article and cannot approve it; %2</translation>
    </message>
    <message>
        <source>four-eyes rule: %1 wrote part of this article and cannot sign it off; an editor who did not write it must (%2)</source>
        <translation>four-eyes rule: %1 wrote part of this article and cannot sign it off; an editor who did not write it must (%2)</translation>
    </message>
    <message>
        <source>four-eyes rule: %1 wrote part of this article and cannot publish it alone; an editor who did not write it must (%2)</source>
        <translation>four-eyes rule: %1 wrote part of this article and cannot publish it alone; an editor who did not write it must (%2)</translation>
    </message>
</context>
<context>
    <name>copydesk::Verifier</name>
    <message>
        <source>%1 is &apos;%2&apos; but the history says &apos;%3&apos;</source>
        <translation>%1 is &apos;%2&apos; but the history says &apos;%3&apos;</translation>
    </message>
    <message>
        <source>other fields (%1) changed</source>
        <translation>other fields (%1) changed</translation>
    </message>
    <message>
        <source>the %1 check is not available here (%2), so the %3 gate passed by %4 could not be recomputed fully; install the dictionaries where verify runs</source>
        <translation>the %1 check is not available here (%2), so the %3 gate passed by %4 could not be recomputed fully; install the dictionaries where verify runs</translation>
    </message>
    <message>
        <source>unsigned &apos;%1&apos;: this newsroom requires approvals, waivers, publications, the fact-check sign-off and configuration changes to be signed with the actor&apos;s SSH key</source>
        <translation>unsigned &apos;%1&apos;: this newsroom requires approvals, waivers, publications, the fact-check sign-off and configuration changes to be signed with the actor&apos;s SSH key</translation>
    </message>
    <message>
        <source>wrongly signed &apos;%1&apos;: %2</source>
        <translation>wrongly signed &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the event names no actor (Copydesk-Actor)</source>
        <translation>the event names no actor (Copydesk-Actor)</translation>
    </message>
    <message>
        <source>the event claims to be by %1 but the commit&apos;s author is %2</source>
        <translation>the event claims to be by %1 but the commit&apos;s author is %2</translation>
    </message>
    <message>
        <source>files changed outside an event (articles %1 changed by a plain commit)</source>
        <translation>files changed outside an event (articles %1 changed by a plain commit)</translation>
    </message>
    <message>
        <source>one event changed several articles (%1); each event changes one</source>
        <translation>one event changed several articles (%1); each event changes one</translation>
    </message>
    <message>
        <source>the commit records a &apos;%1&apos; of &apos;%2&apos; but does not change that article</source>
        <translation>the commit records a &apos;%1&apos; of &apos;%2&apos; but does not change that article</translation>
    </message>
    <message>
        <source>the commit records a &apos;%1&apos; event but does not change the newsroom&apos;s configuration</source>
        <translation>the commit records a &apos;%1&apos; event but does not change the newsroom&apos;s configuration</translation>
    </message>
    <message>
        <source>files changed outside an event: %1 was changed by a plain commit, not through Copydesk</source>
        <translation>files changed outside an event: %1 was changed by a plain commit, not through Copydesk</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; event may not change articles (it changed %2)</source>
        <translation>a &apos;%1&apos; event may not change articles (it changed %2)</translation>
    </message>
    <message>
        <source>the event names article &apos;%1&apos; but changed %2</source>
        <translation>the event names article &apos;%1&apos; but changed %2</translation>
    </message>
    <message>
        <source>the article was deleted; no event deletes an article</source>
        <translation>the article was deleted; no event deletes an article</translation>
    </message>
    <message>
        <source>&apos;new&apos; for an article that already exists</source>
        <translation>&apos;new&apos; for an article that already exists</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for an article that does not exist yet (articles start with &apos;new&apos;)</source>
        <translation>&apos;%1&apos; for an article that does not exist yet (articles start with &apos;new&apos;)</translation>
    </message>
    <message>
        <source>files changed outside an event: a &apos;%1&apos; event may change only %2, but it also changed %3</source>
        <translation>files changed outside an event: a &apos;%1&apos; event may change only %2, but it also changed %3</translation>
    </message>
    <message>
        <source>a new article without %1</source>
        <translation>a new article without %1</translation>
    </message>
    <message>
        <source>the configuration before this event is broken: %1</source>
        <translation>the configuration before this event is broken: %1</translation>
    </message>
    <message>
        <source>an article changed before the newsroom existed (the parent has no copydesk/newsroom.json)</source>
        <translation>an article changed before the newsroom existed (the parent has no copydesk/newsroom.json)</translation>
    </message>
    <message>
        <source>state disagrees with history: the parent&apos;s state file is broken (%1)</source>
        <translation>state disagrees with history: the parent&apos;s state file is broken (%1)</translation>
    </message>
    <message>
        <source>state disagrees with history: %1/%2 is missing</source>
        <translation>state disagrees with history: %1/%2 is missing</translation>
    </message>
    <message>
        <source>state disagrees with history: %1</source>
        <translation>state disagrees with history: %1</translation>
    </message>
    <message>
        <source>cannot judge the event: %1</source>
        <translation>cannot judge the event: %1</translation>
    </message>
    <message>
        <source>%1: %2 — judged by checks %3 at the time; this Copydesk&apos;s checks (%4) count differently, so it is not reported as a violation</source>
        <translation>%1: %2 — judged by checks %3 at the time; this Copydesk&apos;s checks (%4) count differently, so it is not reported as a violation</translation>
    </message>
    <message>
        <source>%1 (recomputed on the text before this event with this Copydesk&apos;s checks)</source>
        <translation>%1 (recomputed on the text before this event with this Copydesk&apos;s checks)</translation>
    </message>
    <message>
        <source>an assignment without a writer (Copydesk-Writer)</source>
        <translation>an assignment without a writer (Copydesk-Writer)</translation>
    </message>
    <message>
        <source>assigned to %1, who is not a member of this newsroom</source>
        <translation>assigned to %1, who is not a member of this newsroom</translation>
    </message>
    <message>
        <source>four-eyes rule: the writer cannot also be the reviewer</source>
        <translation>four-eyes rule: the writer cannot also be the reviewer</translation>
    </message>
    <message>
        <source>a broken comments or ledger file: %1</source>
        <translation>a broken comments or ledger file: %1</translation>
    </message>
    <message>
        <source>the commit says the article is in &apos;%1&apos; but its state says &apos;%2&apos;</source>
        <translation>the commit says the article is in &apos;%1&apos; but its state says &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the commit records a move %1 → %2 but the article moved %3 → %4</source>
        <translation>the commit records a move %1 → %2 but the article moved %3 → %4</translation>
    </message>
    <message>
        <source>&apos;init&apos; on a repository that is already a newsroom (it changed %1)</source>
        <translation>&apos;init&apos; on a repository that is already a newsroom (it changed %1)</translation>
    </message>
    <message>
        <source>a &apos;people&apos; event may change only copydesk/people.json, but it changed %1</source>
        <translation>a &apos;people&apos; event may change only copydesk/people.json, but it changed %1</translation>
    </message>
    <message>
        <source>configuration changed outside an event: %1 changed %2, and only an editor may change the newsroom&apos;s configuration by hand</source>
        <translation>configuration changed outside an event: %1 changed %2, and only an editor may change the newsroom&apos;s configuration by hand</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; event may not change the newsroom&apos;s configuration (it changed %2)</source>
        <translation>a &apos;%1&apos; event may not change the newsroom&apos;s configuration (it changed %2)</translation>
    </message>
    <message>
        <source>article changed in a merge: articles/%1 is neither side&apos;s version</source>
        <translation>article changed in a merge: articles/%1 is neither side&apos;s version</translation>
    </message>
    <message>
        <source>configuration changed in a merge: copydesk/%1 is neither side&apos;s version</source>
        <translation>configuration changed in a merge: copydesk/%1 is neither side&apos;s version</translation>
    </message>
    <message>
        <source>configuration change</source>
        <translation>configuration change</translation>
    </message>
    <message>
        <source>a second root: this commit has no parent, but a newsroom has exactly one root, its init commit (%1); work starts from the newsroom&apos;s history</source>
        <translation>a second root: this commit has no parent, but a newsroom has exactly one root, its init commit (%1); work starts from the newsroom&apos;s history</translation>
    </message>
    <message>
        <source>%1 changed: it changes how git writes every clone&apos;s files, so only an editor changes it, by hand (not inside an event)</source>
        <translation>%1 changed: it changes how git writes every clone&apos;s files, so only an editor changes it, by hand (not inside an event)</translation>
    </message>
    <message>
        <source>a &apos;words&apos; event may change only the house dictionary (%1), but it changed %2</source>
        <translation>a &apos;words&apos; event may change only the house dictionary (%1), but it changed %2</translation>
    </message>
    <message>
        <source>a merge of %1 histories at once; a newsroom&apos;s merges join two</source>
        <translation>a merge of %1 histories at once; a newsroom&apos;s merges join two</translation>
    </message>
    <message>
        <source>a second root: the merge joins a history that does not descend from this newsroom&apos;s init commit; a newsroom has exactly one root</source>
        <translation>a second root: the merge joins a history that does not descend from this newsroom&apos;s init commit; a newsroom has exactly one root</translation>
    </message>
    <message>
        <source>the merge takes copydesk/%1 as it was at the common revision %2, undoing the other side&apos;s change to it (a merge keeps only what a side changed)</source>
        <translation>the merge takes copydesk/%1 as it was at the common revision %2, undoing the other side&apos;s change to it (a merge keeps only what a side changed)</translation>
    </message>
    <message>
        <source>copydesk/%1 was changed on both sides; a merge may not drop an editor&apos;s configuration change (bring one change in first, then make the other on top)</source>
        <translation>copydesk/%1 was changed on both sides; a merge may not drop an editor&apos;s configuration change (bring one change in first, then make the other on top)</translation>
    </message>
    <message>
        <source>the merge takes %1 as it was at the common revision %2, undoing what the other side did to it since (a merge keeps only what a side changed; an ancestor adds nothing)</source>
        <translation>the merge takes %1 as it was at the common revision %2, undoing what the other side did to it since (a merge keeps only what a side changed; an ancestor adds nothing)</translation>
    </message>
    <message>
        <source>the merge drops work on %1 that %2 recorded on the other side since the common revision %3; keep their version and make your change again on top</source>
        <translation>the merge drops work on %1 that %2 recorded on the other side since the common revision %3; keep their version and make your change again on top</translation>
    </message>
    <message>
        <source>the merge brings in %1 (%2 by %3), which the people, roles and keys in force after the merge do not allow: %4</source>
        <translation>the merge brings in %1 (%2 by %3), which the people, roles and keys in force after the merge do not allow: %4</translation>
    </message>
</context>
<context>
    <name>copydesk::Workflow</name>
    <message>
        <source>this newsroom requires signed %1 events, and you have no signing key: run &apos;git config gpg.format ssh&apos; and &apos;git config user.signingkey ~/.ssh/id_ed25519&apos; (an editor lists your public key in %2); nothing was committed</source>
        <translation>this newsroom requires signed %1 events, and you have no signing key: run &apos;git config gpg.format ssh&apos; and &apos;git config user.signingkey ~/.ssh/id_ed25519&apos; (an editor lists your public key in %2); nothing was committed</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos; is not an email address</translation>
    </message>
    <message>
        <source>give at least one --role (writer, reviewer, editor)</source>
        <translation>give at least one --role (writer, reviewer, editor)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (use writer, reviewer or editor)</source>
        <translation>unknown role &apos;%1&apos; (use writer, reviewer or editor)</translation>
    </message>
    <message>
        <source>the writer &apos;%1&apos; is not a member of this newsroom (add them with &apos;people add&apos;)</source>
        <translation>the writer &apos;%1&apos; is not a member of this newsroom (add them with &apos;people add&apos;)</translation>
    </message>
    <message>
        <source>the reviewer &apos;%1&apos; is not a member of this newsroom</source>
        <translation>the reviewer &apos;%1&apos; is not a member of this newsroom</translation>
    </message>
    <message>
        <source>%1 is not a reviewer; give them the role first</source>
        <translation>%1 is not a reviewer; give them the role first</translation>
    </message>
    <message>
        <source>four-eyes rule: the writer cannot also be the reviewer</source>
        <translation>four-eyes rule: the writer cannot also be the reviewer</translation>
    </message>
    <message>
        <source>no error-severity spelling or style finding is open; name a claim with --finding</source>
        <translation>no error-severity spelling or style finding is open; name a claim with --finding</translation>
    </message>
    <message>
        <source>the article has no finding &apos;%1&apos; (see &apos;copydesk-cli check %2&apos;)</source>
        <translation>the article has no finding &apos;%1&apos; (see &apos;copydesk-cli check %2&apos;)</translation>
    </message>
    <message>
        <source>a comment needs a body (--body)</source>
        <translation>a comment needs a body (--body)</translation>
    </message>
    <message>
        <source>the quoted passage does not appear in the article&apos;s text; quote it exactly</source>
        <translation>the quoted passage does not appear in the article&apos;s text; quote it exactly</translation>
    </message>
    <message>
        <source>no comment &apos;%1&apos; on %2</source>
        <translation>no comment &apos;%1&apos; on %2</translation>
    </message>
    <message>
        <source>comment %1 is already resolved</source>
        <translation>comment %1 is already resolved</translation>
    </message>
    <message>
        <source>the article has no claim &apos;%1&apos; now (see &apos;copydesk-cli claims %2&apos;)</source>
        <translation>the article has no claim &apos;%1&apos; now (see &apos;copydesk-cli claims %2&apos;)</translation>
    </message>
    <message>
        <source>a verification needs a source (--source): a URL or a note such as &quot;company filing, p. 12&quot;</source>
        <translation>a verification needs a source (--source): a URL or a note such as &quot;company filing, p. 12&quot;</translation>
    </message>
    <message>
        <source>say why the claim is disputed (--note)</source>
        <translation>say why the claim is disputed (--note)</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;</source>
        <translation>unknown stage &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n unverified claim(s)</source>
        <translation>
            <numerusform>%n unverified claim</numerusform>
            <numerusform>%n unverified claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spelling/style error(s)</source>
        <translation>
            <numerusform>%n spelling/style error</numerusform>
            <numerusform>%n spelling/style errors</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a reviewer</source>
        <translation>waiting for a reviewer</translation>
    </message>
    <message>
        <source>waiting for %1&apos;s review</source>
        <translation>waiting for %1&apos;s review</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment(s)</source>
        <translation>
            <numerusform>%n unresolved comment</numerusform>
            <numerusform>%n unresolved comments</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>%1 is already in the newsroom as &apos;%2&apos;; to add roles, leave out --name, and to rename them, add --rename</source>
        <translation>%1 is already in the newsroom as &apos;%2&apos;; to add roles, leave out --name, and to rename them, add --rename</translation>
    </message>
    <message>
        <source>article &apos;%1&apos; changed since revision %2 (a restore, a sync or another writer); load the newer text or save on top of it explicitly</source>
        <translation>article &apos;%1&apos; changed since revision %2 (a restore, a sync or another writer); load the newer text or save on top of it explicitly</translation>
    </message>
    <message>
        <source>there is no stage &apos;%1&apos; (stages: %2)</source>
        <translation>there is no stage &apos;%1&apos; (stages: %2)</translation>
    </message>
    <message>
        <source>waiting for an editor who did not write it: %1 wrote part of it and cannot approve it (or an editor assigns another reviewer)</source>
        <translation>waiting for an editor who did not write it: %1 wrote part of it and cannot approve it (or an editor assigns another reviewer)</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::ArticleHistory</name>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>%1: verification lost</source>
        <translation>%1: verification lost</translation>
    </message>
    <message>
        <source>%1: verified</source>
        <translation>%1: verified</translation>
    </message>
    <message>
        <source>%1: needs verification</source>
        <translation>%1: needs verification</translation>
    </message>
    <message>
        <source>Newsroom created</source>
        <translation>Newsroom created</translation>
    </message>
    <message>
        <source>People changed</source>
        <translation>People changed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Text saved</source>
        <translation>Text saved</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Moved on</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Waiver granted</source>
        <translation>Waiver granted</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>Comment resolved</translation>
    </message>
    <message>
        <source>Claim verified</source>
        <translation>Claim verified</translation>
    </message>
    <message>
        <source>Claim disputed</source>
        <translation>Claim disputed</translation>
    </message>
    <message>
        <source>House dictionary changed</source>
        <translation>House dictionary changed</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Plain commit</source>
        <translation>Plain commit</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::ArticlePage</name>
    <message>
        <source>Replace with “%1”</source>
        <translation>Replace with “%1”</translation>
    </message>
    <message>
        <source>More suggestions</source>
        <translation>More suggestions</translation>
    </message>
    <message>
        <source>Add “%1” to house dictionary</source>
        <translation>Add “%1” to house dictionary</translation>
    </message>
    <message>
        <source>Ignore in this article…</source>
        <translation>Ignore in this article…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation>Your reply:</translation>
    </message>
    <message>
        <source>Write the story…</source>
        <translation>Write the story…</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was kept after Copydesk closed unexpectedly.</source>
        <translation>Unsaved text from %1 was kept after Copydesk closed unexpectedly.</translation>
    </message>
    <message>
        <source>Saved revision %1</source>
        <translation>Saved revision %1</translation>
    </message>
    <message>
        <source>Verify claim</source>
        <translation>Verify claim</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>URL, document or person</source>
        <translation>URL, document or person</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Claim verified (%1)</source>
        <translation>Claim verified (%1)</translation>
    </message>
    <message>
        <source>Dispute claim</source>
        <translation>Dispute claim</translation>
    </message>
    <message>
        <source>Why is “%1” wrong?</source>
        <translation>Why is “%1” wrong?</translation>
    </message>
    <message>
        <source>Claim disputed</source>
        <translation>Claim disputed</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>Waive finding</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>“%1” added to the house dictionary</source>
        <translation>“%1” added to the house dictionary</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>What needs to change?</source>
        <translation>What needs to change?</translation>
    </message>
    <message>
        <source>Waive the style gate</source>
        <translation>Waive the style gate</translation>
    </message>
    <message>
        <source>Why may this article pass with its style/spelling errors?</source>
        <translation>Why may this article pass with its style/spelling errors?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Back to stage:</source>
        <translation>Back to stage:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Your comment on the selected passage:</source>
        <translation>Your comment on the selected passage:</translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation>Comment added</translation>
    </message>
    <message>
        <source>Reply added</source>
        <translation>Reply added</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>Comment resolved</translation>
    </message>
    <message>
        <source>Reloaded “%1”: it changed outside this tab (revision %2).</source>
        <translation>Reloaded “%1”: it changed outside this tab (revision %2).</translation>
    </message>
    <message>
        <source>Not saved: “%1” changed outside this tab. Keep your text as a new revision on top, or load the newer text.</source>
        <translation>Not saved: “%1” changed outside this tab. Keep your text as a new revision on top, or load the newer text.</translation>
    </message>
    <message>
        <source>Keep mine as a new revision</source>
        <translation>Keep mine as a new revision</translation>
    </message>
    <message>
        <source>Load the newer text</source>
        <translation>Load the newer text</translation>
    </message>
    <message>
        <source>“%1” changed outside this tab (revision %2). Your unsaved text is kept here and will not be saved over it unless you choose.</source>
        <translation>“%1” changed outside this tab (revision %2). Your unsaved text is kept here and will not be saved over it unless you choose.</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::AuditQuery</name>
    <message>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::AuditReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>the whole history</source>
        <translation>the whole history</translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation>Audit report: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filters: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Produced on %1 from %2</source>
        <translation>Produced on %1 from %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <source>Articles published: %1</source>
        <translation>Articles published: %1</translation>
    </message>
    <message>
        <source>Claims verified: %1</source>
        <translation>Claims verified: %1</translation>
    </message>
    <message>
        <source>Claims disputed: %1</source>
        <translation>Claims disputed: %1</translation>
    </message>
    <message>
        <source>Waivers: %1</source>
        <translation>Waivers: %1</translation>
    </message>
    <message>
        <source>Violations of the rules: %1</source>
        <translation>Violations of the rules: %1</translation>
    </message>
    <message>
        <source>Waivers and who granted them</source>
        <translation>Waivers and who granted them</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Granted by</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>The verifier found no violation in %1 revisions.</source>
        <translation>The verifier found no violation in %1 revisions.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Audit report</translation>
    </message>
    <message>
        <source>Writes the newsroom&apos;s audit report as PDF.</source>
        <translation>Writes the newsroom&apos;s audit report as PDF.</translation>
    </message>
    <message>
        <source>The newsroom.</source>
        <translation>The newsroom.</translation>
    </message>
    <message>
        <source>Write the audit report to FILE (PDF).</source>
        <translation>Write the audit report to FILE (PDF).</translation>
    </message>
    <message>
        <source>From this day on (YYYY-MM-DD).</source>
        <translation>From this day on (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Up to this day, inclusive (YYYY-MM-DD).</source>
        <translation>Up to this day, inclusive (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>usage: copydesk --export-audit FILE.pdf [--since DATE] [--until DATE] NEWSROOM-DIR</source>
        <translation>usage: copydesk --export-audit FILE.pdf [--since DATE] [--until DATE] NEWSROOM-DIR</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 events, %3 violations).</source>
        <translation>Wrote %1 (%2 events, %3 violations).</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::AuditTableModel</name>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Reason or message</source>
        <translation>Reason or message</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>Audit of %1</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
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
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Export PDF report…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Reading the history and checking it…</source>
        <translation>Reading the history and checking it…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>The verifier found no violation in %1 revisions.</source>
        <translation>The verifier found no violation in %1 revisions.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown · %3 articles published · %4 claims verified · %5 waivers</source>
        <translation>%1 of %2 events shown · %3 articles published · %4 claims verified · %5 waivers</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>Export the audit as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export the audit report as PDF</source>
        <translation>Export the audit report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n violations of the newsroom&apos;s rules (marked in red, listed first):</source>
        <translation>
            <numerusform>%n violation of the newsroom&apos;s rules (marked in red, listed first):</numerusform>
            <numerusform>%n violations of the newsroom&apos;s rules (marked in red, listed first):</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was exported</source>
        <translation>nothing was exported</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::BoardView</name>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Writer</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 of %2…</source>
        <translation>Checking %1 of %2…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 of %n article</numerusform>
            <numerusform>%1 of %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk::editor::CommentsPanel</name>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Comment on selection…</source>
        <translation>Comment on selection…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::FindingText</name>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>salary</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>weekday mismatch</source>
        <translation>weekday mismatch</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>quotation</translation>
    </message>
    <message>
        <source>name variant</source>
        <translation>name variant</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>spelling</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>disputed</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>waived</translation>
    </message>
    <message>
        <source>Money figure: record a source for %1</source>
        <translation>Money figure: record a source for %1</translation>
    </message>
    <message>
        <source>Salary figure: record a source for %1</source>
        <translation>Salary figure: record a source for %1</translation>
    </message>
    <message>
        <source>Percentage-point change: record a source for %1</source>
        <translation>Percentage-point change: record a source for %1</translation>
    </message>
    <message>
        <source>Percentage: record a source for %1</source>
        <translation>Percentage: record a source for %1</translation>
    </message>
    <message>
        <source>Count: record a source for %1</source>
        <translation>Count: record a source for %1</translation>
    </message>
    <message>
        <source>Quotation: confirm who said it and that the words are exact</source>
        <translation>Quotation: confirm who said it and that the words are exact</translation>
    </message>
    <message>
        <source>Date without a year: confirm %1 (no article date to take the year from)</source>
        <translation>Date without a year: confirm %1 (no article date to take the year from)</translation>
    </message>
    <message>
        <source>Date: confirm %1 (%2)</source>
        <translation>Date: confirm %1 (%2)</translation>
    </message>
    <message>
        <source>Weekday mismatch: %1 is a %2, but the text says %3</source>
        <translation>Weekday mismatch: %1 is a %2, but the text says %3</translation>
    </message>
    <message numerus="yes">
        <source>Name spelled two ways: &apos;%1&apos; here, &apos;%2&apos; in %n other place(s); check which is right</source>
        <translation>
            <numerusform>Name spelled two ways: &apos;%1&apos; here, &apos;%2&apos; in %n other place; check which is right</numerusform>
            <numerusform>Name spelled two ways: &apos;%1&apos; here, &apos;%2&apos; in %n other places; check which is right</numerusform>
        </translation>
    </message>
    <message>
        <source>Name variant: &apos;%1&apos; differs from the names list spelling &apos;%2&apos;; check which is right</source>
        <translation>Name variant: &apos;%1&apos; differs from the names list spelling &apos;%2&apos;; check which is right</translation>
    </message>
    <message>
        <source>%1 words were not checked: the %2 dictionary is not installed (%3)</source>
        <translation>%1 words were not checked: the %2 dictionary is not installed (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the %2 dictionary or the house word list</source>
        <translation>&apos;%1&apos; is not in the %2 dictionary or the house word list</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <extracomment>Date format (QDate::toString) for a date written without a year</extracomment>
        <translation>MMMM d</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>currency code, minimum, maximum</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1–%2 percentage points</source>
        <translation>%1–%2 percentage points</translation>
    </message>
    <message>
        <source>%1–%2%3</source>
        <comment>minimum, maximum, percent sign</comment>
        <translation>%1–%2%3</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 percentage points</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>number, percent sign</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 (a %2, not a %3)</source>
        <translation>%1 (a %2, not a %3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, weekday</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (elsewhere &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; (elsewhere &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>value key, value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Value / message</source>
        <translation>Value / message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Dispute…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Waive…</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>Add to house dictionary</source>
        <translation>Add to house dictionary</translation>
    </message>
    <message>
        <source>Claims (%1, %2 unverified)</source>
        <translation>Claims (%1, %2 unverified)</translation>
    </message>
    <message>
        <source>Spelling (%1)</source>
        <translation>Spelling (%1)</translation>
    </message>
    <message>
        <source>Style (%1)</source>
        <translation>Style (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); the first %1 of each kind are listed</source>
        <translation>
            <numerusform>%n finding; the first %1 of each kind are listed</numerusform>
            <numerusform>%n findings; the first %1 of each kind are listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Replace with “%1”</translation>
    </message>
    <message>
        <source>Suggest spellings</source>
        <translation>Suggest spellings</translation>
    </message>
    <message>
        <source>Add “%1” to house dictionary</source>
        <translation>Add “%1” to house dictionary</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::HistoryView</name>
    <message>
        <source>History of “%1”</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>Message or reason</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Inline</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Claims that changed</source>
        <translation>Claims that changed</translation>
    </message>
    <message>
        <source>Restore this revision…</source>
        <translation>Restore this revision…</translation>
    </message>
    <message>
        <source>Brings the older text back as a new revision; nothing is lost.</source>
        <translation>Brings the older text back as a new revision; nothing is lost.</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>Copy passage</translation>
    </message>
    <message>
        <source>Copies the passage selected in the older revision (all of it when nothing is selected).</source>
        <translation>Copies the passage selected in the older revision (all of it when nothing is selected).</translation>
    </message>
    <message>
        <source>Restored an older revision</source>
        <translation>Restored an older revision</translation>
    </message>
    <message>
        <source>A revision of the text</source>
        <translation>A revision of the text</translation>
    </message>
    <message>
        <source>An event: the text did not change</source>
        <translation>An event: the text did not change</translation>
    </message>
    <message>
        <source>The same revision on both sides.</source>
        <translation>The same revision on both sides.</translation>
    </message>
    <message>
        <source>%1 passages added, %2 removed.</source>
        <translation>%1 passages added, %2 removed.</translation>
    </message>
    <message>
        <source>No claim changed.</source>
        <translation>No claim changed.</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Restore revision</translation>
    </message>
    <message>
        <source>Bring back the text as of %1 as a new revision? The current text stays in the history.</source>
        <translation>Bring back the text as of %1 as a new revision? The current text stays in the history.</translation>
    </message>
    <message>
        <source>Restored as a new revision %1.</source>
        <translation>Restored as a new revision %1.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n characters.</source>
        <translation>
            <numerusform>Copied %n character.</numerusform>
            <numerusform>Copied %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk::editor::IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Copydesk records every revision, approval and verification under your name. Use the email your newsroom knows you by.</source>
        <translation>Copydesk records every revision, approval and verification under your name. Use the email your newsroom knows you by.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::LanguageDialog</name>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Menus, the board, the findings and the newsroom&apos;s refusals switch at once; dates and numbers follow the language too. Commit messages stay as they were written.</source>
        <translation>Menus, the board, the findings and the newsroom&apos;s refusals switch at once; dates and numbers follow the language too. Commit messages stay as they were written.</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Dictionaries loaded</source>
        <translation>Dictionaries loaded</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;New article…</translation>
    </message>
    <message>
        <source>&amp;Open newsroom…</source>
        <translation>&amp;Open newsroom…</translation>
    </message>
    <message>
        <source>&amp;Create newsroom…</source>
        <translation>&amp;Create newsroom…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open &amp;demo newsroom</source>
        <translation>Open &amp;demo newsroom</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>&amp;Save revision</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
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
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>&amp;About Copydesk</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>About Copydesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copydesk&lt;/b&gt; %1&lt;br&gt;A newsroom editor: write, check every claim, move the story through review.&lt;br&gt;Signed in as %2 &amp;lt;%3&amp;gt;.</source>
        <translation>&lt;b&gt;Copydesk&lt;/b&gt; %1&lt;br&gt;A newsroom editor: write, check every claim, move the story through review.&lt;br&gt;Signed in as %2 &amp;lt;%3&amp;gt;.</translation>
    </message>
    <message>
        <source>Open newsroom</source>
        <translation>Open newsroom</translation>
    </message>
    <message>
        <source>Create a newsroom in (an empty folder)</source>
        <translation>Create a newsroom in (an empty folder)</translation>
    </message>
    <message>
        <source>Create newsroom</source>
        <translation>Create newsroom</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Headline:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <source>Save “%1” as a new revision before closing?</source>
        <translation>Save “%1” as a new revision before closing?</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::MergeDialog</name>
    <message>
        <source>Merge a colleague&apos;s changes</source>
        <translation>Merge a colleague&apos;s changes</translation>
    </message>
    <message>
        <source>A colleague changed the same article on the server while you worked on it. Nothing was overwritten. Put the two versions together in the result, then save: the result becomes a new revision and is sent to the server.</source>
        <translation>A colleague changed the same article on the server while you worked on it. Nothing was overwritten. Put the two versions together in the result, then save: the result becomes a new revision and is sent to the server.</translation>
    </message>
    <message>
        <source>Loading the three versions…</source>
        <translation>Loading the three versions…</translation>
    </message>
    <message>
        <source>Save merge</source>
        <translation>Save merge</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Leave the sync unfinished; your work stays here and nothing is sent.</source>
        <translation>Leave the sync unfinished; your work stays here and nothing is sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting passages marked in orange.</source>
        <translation>
            <numerusform>%n conflicting passage marked in orange.</numerusform>
            <numerusform>%n conflicting passages marked in orange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undecided conflicts</source>
        <translation>Undecided conflicts</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting passages still read as in your version. Save the result as it is?</source>
        <translation>
            <numerusform>%n conflicting passage still reads as in your version. Save the result as it is?</numerusform>
            <numerusform>%n conflicting passages still read as in your version. Save the result as it is?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the merge and syncing…</source>
        <translation>Saving the merge and syncing…</translation>
    </message>
    <message>
        <source>Merged and saved. %1</source>
        <translation>Merged and saved. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of your claim checks, comments or waivers on %1 recorded again on the merged article.</source>
        <translation>
            <numerusform>%n claim check, comment or waiver of yours on %1 recorded again on the merged article.</numerusform>
            <numerusform>%n of your claim checks, comments or waivers on %1 recorded again on the merged article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims recorded on both sides, the later event stands: %1.</source>
        <translation>Claims recorded on both sides, the later event stands: %1.</translation>
    </message>
    <message>
        <source>Not recorded again, kept in the history: %1.</source>
        <translation>Not recorded again, kept in the history: %1.</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::MergeView</name>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; — on the server</source>
        <translation>&lt;b&gt;Theirs&lt;/b&gt; — on the server</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; — on this computer</source>
        <translation>&lt;b&gt;Mine&lt;/b&gt; — on this computer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt; — edit freely; this is what will be saved</source>
        <translation>&lt;b&gt;Result&lt;/b&gt; — edit freely; this is what will be saved</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Use theirs</translation>
    </message>
    <message>
        <source>Use both</source>
        <translation>Use both</translation>
    </message>
    <message>
        <source>Theirs, then mine</source>
        <translation>Theirs, then mine</translation>
    </message>
    <message>
        <source>No conflict: the changes were merged. Check the result and save.</source>
        <translation>No conflict: the changes were merged. Check the result and save.</translation>
    </message>
    <message>
        <source>Conflict %1 of %2 (%3 undecided)</source>
        <translation>Conflict %1 of %2 (%3 undecided)</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::StageBar</name>
    <message>
        <source>Gate: %1</source>
        <translation>Gate: %1</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Advance</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation>Move back…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Waive…</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::SyncController</name>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>A colleague changed the same articles as you: %1. Nothing was overwritten; merge them to finish the sync.</source>
        <translation>A colleague changed the same articles as you: %1. Nothing was overwritten; merge them to finish the sync.</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>Everything is up to date.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n revisions from colleagues.</source>
        <translation>
            <numerusform>Received %n revision from colleagues.</numerusform>
            <numerusform>Received %n revisions from colleagues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n revisions to the server.</source>
        <translation>
            <numerusform>Sent %n revision to the server.</numerusform>
            <numerusform>Sent %n revisions to the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synced.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>The server said: %1</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::SyncIndicator</name>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Syncing…</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Not shared</translation>
    </message>
    <message>
        <source>No server set (Newsroom ▸ Sync settings).</source>
        <translation>No server set (Newsroom ▸ Sync settings).</translation>
    </message>
    <message>
        <source>↑ %1 unsynced</source>
        <translation>↑ %1 unsynced</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ Synced</translation>
    </message>
    <message>
        <source>Click to sync with %1</source>
        <translation>Click to sync with %1</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::SyncPanel</name>
    <message>
        <source>Syncing with the server…</source>
        <translation>Syncing with the server…</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Access token:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>SSH addresses use the keys of your SSH agent. For HTTPS servers, the token is stored in this computer&apos;s settings for your account.</source>
        <translation>SSH addresses use the keys of your SSH agent. For HTTPS servers, the token is stored in this computer&apos;s settings for your account.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sync automatically every</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No server set: your work stays on this computer.</source>
        <translation>No server set: your work stays on this computer.</translation>
    </message>
    <message>
        <source>Never synced: %1 revisions are only on this computer.</source>
        <translation>Never synced: %1 revisions are only on this computer.</translation>
    </message>
    <message>
        <source>%1 revisions are not on the server yet.</source>
        <translation>%1 revisions are not on the server yet.</translation>
    </message>
    <message>
        <source>Everything here is on the server.</source>
        <translation>Everything here is on the server.</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::TeamMenu</name>
    <message>
        <source>&amp;Newsroom</source>
        <translation>&amp;Newsroom</translation>
    </message>
    <message>
        <source>Article &amp;history</source>
        <translation>Article &amp;history</translation>
    </message>
    <message>
        <source>&amp;Audit…</source>
        <translation>&amp;Audit…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Sync s&amp;ettings…</source>
        <translation>Sync s&amp;ettings…</translation>
    </message>
    <message>
        <source>Interface &amp;language…</source>
        <translation>Interface &amp;language…</translation>
    </message>
    <message>
        <source>Article history</source>
        <translation>Article history</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article:</translation>
    </message>
    <message>
        <source>History of %1 — Copydesk</source>
        <translation>History of %1 — Copydesk</translation>
    </message>
    <message>
        <source>Audit — %1</source>
        <translation>Audit — %1</translation>
    </message>
    <message>
        <source>Sync — Copydesk</source>
        <translation>Sync — Copydesk</translation>
    </message>
</context>
</TS>
