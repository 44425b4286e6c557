<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>copydesk::Articles</name>
    <message>
        <source>there is no article &apos;%1&apos; in this newsroom (see &apos;copydesk-cli list&apos;)</source>
        <translation>이 편집국에 &apos;%1&apos; 기사가 없습니다 (&apos;copydesk-cli list&apos; 참고)</translation>
    </message>
    <message>
        <source>an article needs a title (--title)</source>
        <translation>기사에는 제목이 필요합니다 (--title)</translation>
    </message>
    <message>
        <source>an article &apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; 기사가 이미 있습니다</translation>
    </message>
    <message>
        <source>the new text is empty; nothing was saved (an article is never blanked by accident)</source>
        <translation>새 본문이 비어 있어 아무것도 저장하지 않았습니다 (실수로 기사를 비우지 않도록)</translation>
    </message>
    <message>
        <source>the new text is larger than %1 MB; nothing was saved</source>
        <translation>새 본문이 %1MB보다 커서 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>front matter date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>머리말의 날짜 &apos;%1&apos;은(는) 날짜가 아닙니다 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>article &apos;%1&apos; did not exist at %2</source>
        <translation>%2 시점에는 &apos;%1&apos; 기사가 없었습니다</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not supported: use en or ko (en-GB, en-US, ko-KR)</source>
        <translation>&apos;%1&apos; 언어는 지원하지 않습니다: en 또는 ko를 쓰세요 (en-GB, en-US, ko-KR)</translation>
    </message>
</context>
<context>
    <name>copydesk::Newsroom</name>
    <message>
        <source>the shipped file %1 is missing (%2); is COPYDESK_DICTIONARIES right?</source>
        <translation>함께 배포된 파일 %1이(가) 없습니다 (%2). COPYDESK_DICTIONARIES 설정이 맞습니까?</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a folder</source>
        <translation>%1이(가) 없거나 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk newsroom (no git repository here); create one with &apos;copydesk-cli init&apos; or try the demo with &apos;copydesk-cli demo DIR&apos;</source>
        <translation>%1은(는) Copydesk 편집국이 아닙니다 (git 저장소가 없음). &apos;copydesk-cli init&apos;으로 만들거나 &apos;copydesk-cli demo DIR&apos;로 데모를 열어 보세요</translation>
    </message>
    <message>
        <source>%1 is a git repository but not a Copydesk newsroom (no %2); run &apos;copydesk-cli init&apos; there to make it one</source>
        <translation>%1은(는) git 저장소이지만 Copydesk 편집국이 아닙니다 (%2 없음). 그곳에서 &apos;copydesk-cli init&apos;을 실행해 편집국으로 만드세요</translation>
    </message>
    <message>
        <source>%1 exists and is not empty</source>
        <translation>%1이(가) 이미 있고 비어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 is already a Copydesk newsroom</source>
        <translation>%1은(는) 이미 Copydesk 편집국입니다</translation>
    </message>
    <message>
        <source>no identity: set one with &apos;git config --global user.email you@example.com&apos; and user.name, or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL</source>
        <translation>신원이 없습니다. &apos;git config --global user.email you@example.com&apos;과 user.name, 또는 GIT_AUTHOR_NAME과 GIT_AUTHOR_EMAIL로 설정하세요</translation>
    </message>
    <message>
        <source>who are you? Set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL, or &apos;git config user.email you@example.com&apos; and user.name</source>
        <translation>누구신가요? GIT_AUTHOR_NAME과 GIT_AUTHOR_EMAIL, 또는 &apos;git config user.email you@example.com&apos;과 user.name을 설정하세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid article slug: %2</source>
        <translation>&apos;%1&apos;은(는) 올바른 기사 슬러그가 아닙니다: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>%1자보다 깁니다</translation>
    </message>
    <message>
        <source>it may not contain &apos;/&apos;, &apos;\&apos; or &apos;..&apos;</source>
        <translation>&apos;/&apos;, &apos;\&apos;, &apos;..&apos;를 넣을 수 없습니다</translation>
    </message>
    <message>
        <source>it may not start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>&apos;.&apos;이나 &apos;-&apos;로 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>it contains a space or a control character</source>
        <translation>공백이나 제어 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>use lower-case letters a-z, digits, &apos;-&apos; and Hangul only</source>
        <translation>영문 소문자 a-z, 숫자, &apos;-&apos;, 한글만 쓰세요</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 does not exist at %2</source>
        <translation>%2 시점에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>refusing to write &apos;%1&apos;: outside the newsroom or inside .git</source>
        <translation>&apos;%1&apos;에 쓰지 않습니다: 편집국 밖이거나 .git 안입니다</translation>
    </message>
    <message>
        <source>this newsroom requires configuration changes to be signed, and you have no signing key: run &apos;git config gpg.format ssh&apos; and &apos;git config user.signingkey ~/.ssh/id_ed25519&apos;; nothing was committed</source>
        <translation>이 편집국은 설정 변경에 서명을 요구하는데 서명 키가 없습니다. &apos;git config gpg.format ssh&apos;와 &apos;git config user.signingkey ~/.ssh/id_ed25519&apos;를 실행하세요. 아무것도 커밋되지 않았습니다</translation>
    </message>
    <message>
        <source>the server refused the push: %1</source>
        <translation>서버가 푸시를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>the server refused the push: %1
The server said:
%2</source>
        <translation>서버가 푸시를 거부했습니다: %1
서버의 메시지:
%2</translation>
    </message>
    <message>
        <source>the remote kept changing while syncing; try again</source>
        <translation>동기화하는 동안 서버 쪽이 계속 바뀌었습니다. 다시 시도하세요</translation>
    </message>
    <message>
        <source>keeping your version of %1 would undo what %2 recorded on it on the server; nothing was merged. Keep theirs (&apos;sync --keep theirs&apos;, or the editor&apos;s merge view) and make your change again on top</source>
        <translation>%1의 내 판을 남기면 서버에서 %2 님이 기록한 것이 취소됩니다. 아무것도 병합하지 않았습니다. 서버 판을 남기고(&apos;sync --keep theirs&apos; 또는 편집기의 병합 화면) 그 위에 다시 고치세요</translation>
    </message>
</context>
<context>
    <name>copydesk::RecordMerge</name>
    <message>
        <source>%1 is &apos;%2&apos; on the server, &apos;%3&apos; here</source>
        <translation>%1 값이 서버에서는 &apos;%2&apos;, 여기서는 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: the article moved on in the workflow here and differs from the server&apos;s (%2); a merge cannot choose between the two, so nothing was merged. Keep one side&apos;s version whole (&apos;copydesk-cli sync --keep mine&apos; or &apos;--keep theirs&apos;), then repeat the other side&apos;s step.</source>
        <translation>%1: 여기서 기사의 진행 상태가 바뀌어 서버와 다릅니다 (%2). 병합으로는 둘 중 하나를 고를 수 없어 아무것도 병합하지 않았습니다. 한쪽 판을 통째로 남긴 뒤(&apos;copydesk-cli sync --keep mine&apos; 또는 &apos;--keep theirs&apos;) 다른 쪽의 작업을 다시 하세요.</translation>
    </message>
</context>
<context>
    <name>copydesk::Repository</name>
    <message>
        <source>%1 has changes in the working tree that are not committed (made by another tool?); commit or discard them first (git diff -- %1), nothing was saved</source>
        <translation>%1에 커밋되지 않은 작업 트리 변경이 있습니다 (다른 도구가 만들었나요?). 먼저 커밋하거나 버리세요 (git diff -- %1). 아무것도 저장하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>copydesk::Rules</name>
    <message>
        <source>nobody in this newsroom yet</source>
        <translation>아직 이 편집국에 아무도 없음</translation>
    </message>
    <message>
        <source>%1 is not a member of this newsroom; an editor adds people with &apos;copydesk-cli people add&apos; (editors: %2)</source>
        <translation>%1 님은 이 편집국의 구성원이 아닙니다. 편집자가 &apos;copydesk-cli people add&apos;로 사람을 추가합니다 (편집자: %2)</translation>
    </message>
    <message>
        <source>only an editor manages people (editors: %1)</source>
        <translation>사람 관리는 편집자만 할 수 있습니다 (편집자: %1)</translation>
    </message>
    <message>
        <source>only writers and editors create articles</source>
        <translation>기사는 기자와 편집자만 만들 수 있습니다</translation>
    </message>
    <message>
        <source>the article is in stage &apos;%1&apos;, which this newsroom&apos;s pipeline does not have; an editor can reopen it to a known stage</source>
        <translation>기사가 &apos;%1&apos; 단계에 있는데, 이 편집국의 진행 단계에는 그런 단계가 없습니다. 편집자가 알려진 단계로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>the article is published; an editor must reopen it before it can be changed</source>
        <translation>출고된 기사입니다. 고치려면 먼저 편집자가 되돌려야 합니다</translation>
    </message>
    <message>
        <source>only the assigned writer (%1), its reviewer or an editor may change this text</source>
        <translation>이 글은 배정된 기자(%1), 검토자 또는 편집자만 고칠 수 있습니다</translation>
    </message>
    <message>
        <source>only an editor assigns articles (editors: %1)</source>
        <translation>기사 배정은 편집자만 할 수 있습니다 (편집자: %1)</translation>
    </message>
    <message>
        <source>the article is published; reopen it first</source>
        <translation>출고된 기사입니다. 먼저 되돌리세요</translation>
    </message>
    <message>
        <source>only a draft in &apos;%1&apos; can be submitted; this one is in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 단계의 초고만 제출할 수 있습니다. 이 기사는 &apos;%2&apos; 단계에 있습니다</translation>
    </message>
    <message>
        <source>only the assigned writer (%1) or an editor submits this article</source>
        <translation>이 기사는 배정된 기자(%1) 또는 편집자만 제출할 수 있습니다</translation>
    </message>
    <message>
        <source>the article is not in review (it is in &apos;%1&apos;)</source>
        <translation>기사가 검토 단계에 있지 않습니다 (&apos;%1&apos; 단계)</translation>
    </message>
    <message>
        <source>only a reviewer or an editor may do this (reviewers: %1)</source>
        <translation>검토자 또는 편집자만 할 수 있습니다 (검토자: %1)</translation>
    </message>
    <message>
        <source>this article&apos;s reviewer is %1; only they or an editor may do this</source>
        <translation>이 기사의 검토자는 %1 님입니다. 그 검토자 또는 편집자만 할 수 있습니다</translation>
    </message>
    <message>
        <source>say what should change (--comment)</source>
        <translation>무엇을 고쳐야 하는지 적어 주세요 (--comment)</translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) are unresolved; resolve them first</source>
        <translation>
            <numerusform>검토 의견 %n개가 해결되지 않았습니다. 먼저 해결하세요</numerusform>
        </translation>
    </message>
    <message>
        <source>review is passed by a reviewer&apos;s approval (&apos;approve&apos;), not &apos;advance&apos;</source>
        <translation>검토 단계는 &apos;advance&apos;가 아니라 검토자의 승인(&apos;approve&apos;)으로 넘어갑니다</translation>
    </message>
    <message>
        <source>an approved article moves on with &apos;publish&apos;</source>
        <translation>승인된 기사는 &apos;publish&apos;로 넘어갑니다</translation>
    </message>
    <message>
        <source>a draft moves on with &apos;submit&apos;</source>
        <translation>초고는 &apos;submit&apos;으로 넘어갑니다</translation>
    </message>
    <message>
        <source>only the writer, the reviewer or an editor moves this article on</source>
        <translation>이 기사는 기자, 검토자 또는 편집자만 다음 단계로 넘길 수 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) are not verified; verify them or ask an editor to waive</source>
        <translation>
            <numerusform>사실 주장 %n개가 검증되지 않았습니다. 검증하거나 편집자에게 예외 처리를 요청하세요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spelling/style error(s) remain; fix them or ask an editor to waive</source>
        <translation>
            <numerusform>맞춤법·표기 오류 %n개가 남아 있습니다. 고치거나 편집자에게 예외 처리를 요청하세요</numerusform>
        </translation>
    </message>
    <message>
        <source>leaving fact check is an editor&apos;s sign-off (editors: %1)</source>
        <translation>팩트체크 단계를 마치는 것은 편집자의 최종 승인입니다 (편집자: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) are unresolved</source>
        <translation>
            <numerusform>검토 의견 %n개가 해결되지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>only an editor publishes (editors: %1)</source>
        <translation>출고는 편집자만 할 수 있습니다 (편집자: %1)</translation>
    </message>
    <message>
        <source>only an approved article can be published; this one is in &apos;%1&apos;</source>
        <translation>승인된 기사만 출고할 수 있습니다. 이 기사는 &apos;%1&apos; 단계에 있습니다</translation>
    </message>
    <message>
        <source>only an editor moves an article back (editors: %1)</source>
        <translation>기사를 이전 단계로 되돌리는 것은 편집자만 할 수 있습니다 (편집자: %1)</translation>
    </message>
    <message>
        <source>there is no stage &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 단계가 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not earlier than &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 단계는 &apos;%2&apos; 단계보다 앞이 아닙니다</translation>
    </message>
    <message>
        <source>moving an article back needs a reason (--reason)</source>
        <translation>기사를 되돌리려면 이유가 필요합니다 (--reason)</translation>
    </message>
    <message>
        <source>only an editor waives findings (editors: %1)</source>
        <translation>검사 결과의 예외 처리는 편집자만 할 수 있습니다 (편집자: %1)</translation>
    </message>
    <message>
        <source>a waiver needs a written reason (--reason)</source>
        <translation>예외 처리하려면 이유를 적어야 합니다 (--reason)</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>알 수 없는 이벤트 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>none: every editor wrote part of it; an editor adds another with &apos;copydesk-cli people add&apos;</source>
        <translation>없음: 모든 편집자가 일부를 썼습니다. 편집자가 &apos;copydesk-cli people add&apos;로 다른 편집자를 추가하세요</translation>
    </message>
    <message>
        <source>its reviewer %1</source>
        <translation>검토자 %1 님</translation>
    </message>
    <message>
        <source>an editor who did not write it (%1)</source>
        <translation>이 기사를 쓰지 않은 편집자(%1)</translation>
    </message>
    <message>
        <source>nobody in this newsroom can: every reviewer and editor wrote part of it; an editor adds a new editor or reviewer (&apos;copydesk-cli people add&apos;)</source>
        <translation>이 편집국에는 할 수 있는 사람이 없습니다: 모든 검토자와 편집자가 일부를 썼습니다. 편집자가 새 편집자나 검토자를 추가하세요 (&apos;copydesk-cli people add&apos;)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>; or an editor assigns a reviewer who did not write it</source>
        <translation>; 또는 편집자가 이 기사를 쓰지 않은 검토자를 배정하세요</translation>
    </message>
    <message>
        <source>%1 can</source>
        <translation>%1만 할 수 있습니다</translation>
    </message>
    <message>
        <source>four-eyes rule: %1 wrote part of this article and cannot approve it; %2</source>
        <translation>4안 원칙: %1 님은 이 기사의 일부를 썼으므로 승인할 수 없습니다. %2</translation>
    </message>
    <message>
        <source>four-eyes rule: %1 wrote part of this article and cannot sign it off; an editor who did not write it must (%2)</source>
        <translation>4안 원칙: %1 님은 이 기사의 일부를 썼으므로 최종 승인할 수 없습니다. 이 기사를 쓰지 않은 편집자가 해야 합니다 (%2)</translation>
    </message>
    <message>
        <source>four-eyes rule: %1 wrote part of this article and cannot publish it alone; an editor who did not write it must (%2)</source>
        <translation>4안 원칙: %1 님은 이 기사의 일부를 썼으므로 혼자 출고할 수 없습니다. 이 기사를 쓰지 않은 편집자가 해야 합니다 (%2)</translation>
    </message>
</context>
<context>
    <name>copydesk::Verifier</name>
    <message>
        <source>%1 is &apos;%2&apos; but the history says &apos;%3&apos;</source>
        <translation>%1 값이 &apos;%2&apos;이지만 이력에는 &apos;%3&apos;입니다</translation>
    </message>
    <message>
        <source>other fields (%1) changed</source>
        <translation>다른 항목(%1)이 바뀌었습니다</translation>
    </message>
    <message>
        <source>the %1 check is not available here (%2), so the %3 gate passed by %4 could not be recomputed fully; install the dictionaries where verify runs</source>
        <translation>여기서는 %1 검사를 쓸 수 없어(%2) %4에서 통과한 %3 관문을 모두 다시 계산하지 못했습니다. verify를 실행하는 곳에 사전을 설치하세요</translation>
    </message>
    <message>
        <source>unsigned &apos;%1&apos;: this newsroom requires approvals, waivers, publications, the fact-check sign-off and configuration changes to be signed with the actor&apos;s SSH key</source>
        <translation>서명 없는 &apos;%1&apos;: 이 편집국은 승인, 예외 처리, 출고, 팩트체크 승인과 설정 변경에 행위자의 SSH 키 서명을 요구합니다</translation>
    </message>
    <message>
        <source>wrongly signed &apos;%1&apos;: %2</source>
        <translation>잘못 서명된 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the event names no actor (Copydesk-Actor)</source>
        <translation>이벤트에 행위자가 없습니다 (Copydesk-Actor)</translation>
    </message>
    <message>
        <source>the event claims to be by %1 but the commit&apos;s author is %2</source>
        <translation>이벤트는 %1 님이 했다고 하지만 커밋 작성자는 %2입니다</translation>
    </message>
    <message>
        <source>files changed outside an event (articles %1 changed by a plain commit)</source>
        <translation>이벤트 밖에서 파일이 바뀌었습니다 (기사 %1이(가) 일반 커밋으로 바뀜)</translation>
    </message>
    <message>
        <source>one event changed several articles (%1); each event changes one</source>
        <translation>한 이벤트가 여러 기사(%1)를 바꿨습니다. 이벤트 하나는 기사 하나만 바꿉니다</translation>
    </message>
    <message>
        <source>the commit records a &apos;%1&apos; of &apos;%2&apos; but does not change that article</source>
        <translation>커밋은 &apos;%2&apos;의 &apos;%1&apos;을(를) 기록하지만 그 기사를 바꾸지 않습니다</translation>
    </message>
    <message>
        <source>the commit records a &apos;%1&apos; event but does not change the newsroom&apos;s configuration</source>
        <translation>커밋은 &apos;%1&apos; 이벤트를 기록하지만 편집국 설정을 바꾸지 않습니다</translation>
    </message>
    <message>
        <source>files changed outside an event: %1 was changed by a plain commit, not through Copydesk</source>
        <translation>이벤트 밖에서 파일이 바뀌었습니다: %1이(가) Copydesk가 아닌 일반 커밋으로 바뀌었습니다</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; event may not change articles (it changed %2)</source>
        <translation>&apos;%1&apos; 이벤트는 기사를 바꿀 수 없습니다 (%2을(를) 바꿈)</translation>
    </message>
    <message>
        <source>the event names article &apos;%1&apos; but changed %2</source>
        <translation>이벤트는 &apos;%1&apos; 기사를 가리키지만 %2을(를) 바꿨습니다</translation>
    </message>
    <message>
        <source>the article was deleted; no event deletes an article</source>
        <translation>기사가 삭제되었습니다. 기사를 삭제하는 이벤트는 없습니다</translation>
    </message>
    <message>
        <source>&apos;new&apos; for an article that already exists</source>
        <translation>이미 있는 기사에 대한 &apos;new&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for an article that does not exist yet (articles start with &apos;new&apos;)</source>
        <translation>아직 없는 기사에 대한 &apos;%1&apos; (기사는 &apos;new&apos;로 시작합니다)</translation>
    </message>
    <message>
        <source>files changed outside an event: a &apos;%1&apos; event may change only %2, but it also changed %3</source>
        <translation>이벤트 밖에서 파일이 바뀌었습니다: &apos;%1&apos; 이벤트는 %2만 바꿀 수 있는데 %3도 바꿨습니다</translation>
    </message>
    <message>
        <source>a new article without %1</source>
        <translation>%1이(가) 없는 새 기사</translation>
    </message>
    <message>
        <source>the configuration before this event is broken: %1</source>
        <translation>이 이벤트 이전의 설정이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>an article changed before the newsroom existed (the parent has no copydesk/newsroom.json)</source>
        <translation>편집국이 생기기 전에 기사가 바뀌었습니다 (부모 커밋에 copydesk/newsroom.json이 없음)</translation>
    </message>
    <message>
        <source>state disagrees with history: the parent&apos;s state file is broken (%1)</source>
        <translation>상태가 이력과 다릅니다: 부모 커밋의 상태 파일이 손상되었습니다 (%1)</translation>
    </message>
    <message>
        <source>state disagrees with history: %1/%2 is missing</source>
        <translation>상태가 이력과 다릅니다: %1/%2이(가) 없습니다</translation>
    </message>
    <message>
        <source>state disagrees with history: %1</source>
        <translation>상태가 이력과 다릅니다: %1</translation>
    </message>
    <message>
        <source>cannot judge the event: %1</source>
        <translation>이벤트를 판정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2 — judged by checks %3 at the time; this Copydesk&apos;s checks (%4) count differently, so it is not reported as a violation</source>
        <translation>%1: %2 — 당시 검사 %3으로 판정되었습니다. 이 Copydesk의 검사(%4)는 다르게 세므로 규칙 위반으로 보고하지 않습니다</translation>
    </message>
    <message>
        <source>%1 (recomputed on the text before this event with this Copydesk&apos;s checks)</source>
        <translation>%1 (이 이벤트 이전 본문에 대해 이 Copydesk의 검사로 다시 계산함)</translation>
    </message>
    <message>
        <source>an assignment without a writer (Copydesk-Writer)</source>
        <translation>기자가 없는 배정 (Copydesk-Writer)</translation>
    </message>
    <message>
        <source>assigned to %1, who is not a member of this newsroom</source>
        <translation>이 편집국의 구성원이 아닌 %1 님에게 배정되었습니다</translation>
    </message>
    <message>
        <source>four-eyes rule: the writer cannot also be the reviewer</source>
        <translation>4안 원칙: 기자가 검토자를 겸할 수 없습니다</translation>
    </message>
    <message>
        <source>a broken comments or ledger file: %1</source>
        <translation>댓글 또는 검증 기록 파일이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>the commit says the article is in &apos;%1&apos; but its state says &apos;%2&apos;</source>
        <translation>커밋은 기사가 &apos;%1&apos; 단계에 있다고 하지만 상태에는 &apos;%2&apos;입니다</translation>
    </message>
    <message>
        <source>the commit records a move %1 → %2 but the article moved %3 → %4</source>
        <translation>커밋은 %1 → %2 이동을 기록하지만 기사는 %3 → %4로 이동했습니다</translation>
    </message>
    <message>
        <source>&apos;init&apos; on a repository that is already a newsroom (it changed %1)</source>
        <translation>이미 편집국인 저장소에 대한 &apos;init&apos; (%1을(를) 바꿈)</translation>
    </message>
    <message>
        <source>a &apos;people&apos; event may change only copydesk/people.json, but it changed %1</source>
        <translation>&apos;people&apos; 이벤트는 copydesk/people.json만 바꿀 수 있는데 %1을(를) 바꿨습니다</translation>
    </message>
    <message>
        <source>configuration changed outside an event: %1 changed %2, and only an editor may change the newsroom&apos;s configuration by hand</source>
        <translation>이벤트 밖에서 설정이 바뀌었습니다: %1 님이 %2을(를) 바꿨는데, 편집국 설정을 직접 바꿀 수 있는 사람은 편집자뿐입니다</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; event may not change the newsroom&apos;s configuration (it changed %2)</source>
        <translation>&apos;%1&apos; 이벤트는 편집국 설정을 바꿀 수 없습니다 (%2을(를) 바꿈)</translation>
    </message>
    <message>
        <source>article changed in a merge: articles/%1 is neither side&apos;s version</source>
        <translation>병합에서 기사가 바뀌었습니다: articles/%1이(가) 어느 쪽 판과도 다릅니다</translation>
    </message>
    <message>
        <source>configuration changed in a merge: copydesk/%1 is neither side&apos;s version</source>
        <translation>병합에서 설정이 바뀌었습니다: copydesk/%1이(가) 어느 쪽 판과도 다릅니다</translation>
    </message>
    <message>
        <source>configuration change</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>a second root: this commit has no parent, but a newsroom has exactly one root, its init commit (%1); work starts from the newsroom&apos;s history</source>
        <translation>두 번째 뿌리: 이 커밋에는 부모가 없지만 편집국의 뿌리는 init 커밋(%1) 하나뿐입니다. 작업은 편집국의 이력에서 시작합니다</translation>
    </message>
    <message>
        <source>%1 changed: it changes how git writes every clone&apos;s files, so only an editor changes it, by hand (not inside an event)</source>
        <translation>%1이(가) 바뀌었습니다: 모든 복제본의 파일을 git이 쓰는 방식을 바꾸므로 편집자만 직접(이벤트 밖에서) 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>a &apos;words&apos; event may change only the house dictionary (%1), but it changed %2</source>
        <translation>&apos;words&apos; 이벤트는 사내 사전(%1)만 바꿀 수 있는데 %2을(를) 바꿨습니다</translation>
    </message>
    <message>
        <source>a merge of %1 histories at once; a newsroom&apos;s merges join two</source>
        <translation>이력 %1개를 한꺼번에 병합했습니다. 편집국의 병합은 둘을 잇습니다</translation>
    </message>
    <message>
        <source>a second root: the merge joins a history that does not descend from this newsroom&apos;s init commit; a newsroom has exactly one root</source>
        <translation>두 번째 뿌리: 이 병합은 편집국의 init 커밋에서 이어지지 않은 이력을 합칩니다. 편집국의 뿌리는 하나뿐입니다</translation>
    </message>
    <message>
        <source>the merge takes copydesk/%1 as it was at the common revision %2, undoing the other side&apos;s change to it (a merge keeps only what a side changed)</source>
        <translation>병합이 copydesk/%1을(를) 공통 수정본 %2 시점의 것으로 가져와 다른 쪽의 변경을 취소합니다 (병합은 한쪽이 바꾼 것만 남깁니다)</translation>
    </message>
    <message>
        <source>copydesk/%1 was changed on both sides; a merge may not drop an editor&apos;s configuration change (bring one change in first, then make the other on top)</source>
        <translation>copydesk/%1이(가) 양쪽에서 바뀌었습니다. 병합으로 편집자의 설정 변경을 버릴 수 없습니다 (한쪽 변경을 먼저 들여온 뒤 그 위에서 다른 변경을 하세요)</translation>
    </message>
    <message>
        <source>the merge takes %1 as it was at the common revision %2, undoing what the other side did to it since (a merge keeps only what a side changed; an ancestor adds nothing)</source>
        <translation>병합이 %1을(를) 공통 수정본 %2 시점의 것으로 가져와 그 뒤 다른 쪽이 한 일을 취소합니다 (병합은 한쪽이 바꾼 것만 남기며, 조상 커밋은 아무것도 더하지 않습니다)</translation>
    </message>
    <message>
        <source>the merge drops work on %1 that %2 recorded on the other side since the common revision %3; keep their version and make your change again on top</source>
        <translation>병합이 공통 수정본 %3 이후 다른 쪽에서 %2 님이 %1에 기록한 작업을 버립니다. 그쪽 판을 남기고 그 위에 다시 고치세요</translation>
    </message>
    <message>
        <source>the merge brings in %1 (%2 by %3), which the people, roles and keys in force after the merge do not allow: %4</source>
        <translation>병합이 %1(%3 님의 %2)을(를) 들여오는데, 병합 뒤 유효한 사람·역할·키로는 허용되지 않습니다: %4</translation>
    </message>
</context>
<context>
    <name>copydesk::Workflow</name>
    <message>
        <source>this newsroom requires signed %1 events, and you have no signing key: run &apos;git config gpg.format ssh&apos; and &apos;git config user.signingkey ~/.ssh/id_ed25519&apos; (an editor lists your public key in %2); nothing was committed</source>
        <translation>이 편집국은 %1 이벤트에 서명을 요구하는데 서명 키가 없습니다. &apos;git config gpg.format ssh&apos;와 &apos;git config user.signingkey ~/.ssh/id_ed25519&apos;를 실행하세요 (편집자가 공개 키를 %2에 등록합니다). 아무것도 커밋되지 않았습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos;은(는) 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>give at least one --role (writer, reviewer, editor)</source>
        <translation>--role을 하나 이상 지정하세요 (writer, reviewer, editor)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (use writer, reviewer or editor)</source>
        <translation>알 수 없는 역할 &apos;%1&apos; (writer, reviewer, editor 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>the writer &apos;%1&apos; is not a member of this newsroom (add them with &apos;people add&apos;)</source>
        <translation>기자 &apos;%1&apos; 님은 이 편집국의 구성원이 아닙니다 (&apos;people add&apos;로 추가하세요)</translation>
    </message>
    <message>
        <source>the reviewer &apos;%1&apos; is not a member of this newsroom</source>
        <translation>검토자 &apos;%1&apos; 님은 이 편집국의 구성원이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a reviewer; give them the role first</source>
        <translation>%1 님은 검토자가 아닙니다. 먼저 역할을 주세요</translation>
    </message>
    <message>
        <source>four-eyes rule: the writer cannot also be the reviewer</source>
        <translation>4안 원칙: 기자가 검토자를 겸할 수 없습니다</translation>
    </message>
    <message>
        <source>no error-severity spelling or style finding is open; name a claim with --finding</source>
        <translation>열린 오류 수준의 맞춤법·표기 결과가 없습니다. --finding으로 사실 주장을 지정하세요</translation>
    </message>
    <message>
        <source>the article has no finding &apos;%1&apos; (see &apos;copydesk-cli check %2&apos;)</source>
        <translation>기사에 &apos;%1&apos; 검사 결과가 없습니다 (&apos;copydesk-cli check %2&apos; 참고)</translation>
    </message>
    <message>
        <source>a comment needs a body (--body)</source>
        <translation>의견에는 내용이 필요합니다 (--body)</translation>
    </message>
    <message>
        <source>the quoted passage does not appear in the article&apos;s text; quote it exactly</source>
        <translation>인용한 구절이 기사 본문에 없습니다. 정확히 인용하세요</translation>
    </message>
    <message>
        <source>no comment &apos;%1&apos; on %2</source>
        <translation>%2에 &apos;%1&apos; 의견이 없습니다</translation>
    </message>
    <message>
        <source>comment %1 is already resolved</source>
        <translation>의견 %1은(는) 이미 해결되었습니다</translation>
    </message>
    <message>
        <source>the article has no claim &apos;%1&apos; now (see &apos;copydesk-cli claims %2&apos;)</source>
        <translation>기사에 지금 &apos;%1&apos; 사실 주장이 없습니다 (&apos;copydesk-cli claims %2&apos; 참고)</translation>
    </message>
    <message>
        <source>a verification needs a source (--source): a URL or a note such as &quot;company filing, p. 12&quot;</source>
        <translation>검증에는 출처가 필요합니다 (--source): URL 또는 &quot;회사 공시, 12쪽&quot; 같은 메모</translation>
    </message>
    <message>
        <source>say why the claim is disputed (--note)</source>
        <translation>사실 주장에 이의를 제기하는 이유를 적어 주세요 (--note)</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;</source>
        <translation>알 수 없는 단계 &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n unverified claim(s)</source>
        <translation>
            <numerusform>미검증 사실 주장 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spelling/style error(s)</source>
        <translation>
            <numerusform>맞춤법·표기 오류 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a reviewer</source>
        <translation>검토자 대기 중</translation>
    </message>
    <message>
        <source>waiting for %1&apos;s review</source>
        <translation>%1 님의 검토 대기 중</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment(s)</source>
        <translation>
            <numerusform>해결되지 않은 의견 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1부터 마감 지남</translation>
    </message>
    <message>
        <source>%1 is already in the newsroom as &apos;%2&apos;; to add roles, leave out --name, and to rename them, add --rename</source>
        <translation>%1 님은 이미 편집국에 &apos;%2&apos;(으)로 있습니다. 역할을 더하려면 --name을 빼고, 이름을 바꾸려면 --rename을 붙이세요</translation>
    </message>
    <message>
        <source>article &apos;%1&apos; changed since revision %2 (a restore, a sync or another writer); load the newer text or save on top of it explicitly</source>
        <translation>&apos;%1&apos; 기사가 수정본 %2 이후 바뀌었습니다 (복원, 동기화 또는 다른 기자). 새 본문을 불러오거나 그 위에 명시적으로 저장하세요</translation>
    </message>
    <message>
        <source>there is no stage &apos;%1&apos; (stages: %2)</source>
        <translation>&apos;%1&apos; 단계가 없습니다 (단계: %2)</translation>
    </message>
    <message>
        <source>waiting for an editor who did not write it: %1 wrote part of it and cannot approve it (or an editor assigns another reviewer)</source>
        <translation>이 기사를 쓰지 않은 편집자를 기다리는 중: %1 님은 일부를 썼으므로 승인할 수 없습니다 (또는 편집자가 다른 검토자를 배정)</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::ArticleHistory</name>
    <message>
        <source>%1 added</source>
        <translation>%1 추가됨</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 삭제됨</translation>
    </message>
    <message>
        <source>%1: verification lost</source>
        <translation>%1: 검증이 무효가 됨</translation>
    </message>
    <message>
        <source>%1: verified</source>
        <translation>%1: 검증됨</translation>
    </message>
    <message>
        <source>%1: needs verification</source>
        <translation>%1: 검증 필요</translation>
    </message>
    <message>
        <source>Newsroom created</source>
        <translation>편집국 생성</translation>
    </message>
    <message>
        <source>People changed</source>
        <translation>구성원 변경</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>기사 생성</translation>
    </message>
    <message>
        <source>Text saved</source>
        <translation>본문 저장</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>수정 요청</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>다음 단계로 이동</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>다시 열림</translation>
    </message>
    <message>
        <source>Waiver granted</source>
        <translation>예외 승인</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>답글</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>댓글 해결</translation>
    </message>
    <message>
        <source>Claim verified</source>
        <translation>사실 검증 완료</translation>
    </message>
    <message>
        <source>Claim disputed</source>
        <translation>사실 이의 제기됨</translation>
    </message>
    <message>
        <source>House dictionary changed</source>
        <translation>사내 사전 변경</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Plain commit</source>
        <translation>일반 커밋</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::ArticlePage</name>
    <message>
        <source>Replace with “%1”</source>
        <translation>“%1”(으)로 바꾸기</translation>
    </message>
    <message>
        <source>More suggestions</source>
        <translation>추천 더 보기</translation>
    </message>
    <message>
        <source>Add “%1” to house dictionary</source>
        <translation>“%1”을(를) 사내 사전에 추가</translation>
    </message>
    <message>
        <source>Ignore in this article…</source>
        <translation>이 기사에서 무시…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>답글 달기</translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation>답글:</translation>
    </message>
    <message>
        <source>Write the story…</source>
        <translation>기사를 쓰세요…</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was kept after Copydesk closed unexpectedly.</source>
        <translation>Copydesk가 예기치 않게 종료되었지만 %1에 작성하던 저장되지 않은 글을 보관해 두었습니다.</translation>
    </message>
    <message>
        <source>Saved revision %1</source>
        <translation>수정본 %1 저장됨</translation>
    </message>
    <message>
        <source>Verify claim</source>
        <translation>사실 검증</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>URL, document or person</source>
        <translation>URL, 문서 또는 취재원</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Claim verified (%1)</source>
        <translation>사실 검증 완료 (%1)</translation>
    </message>
    <message>
        <source>Dispute claim</source>
        <translation>사실 이의 제기</translation>
    </message>
    <message>
        <source>Why is “%1” wrong?</source>
        <translation>“%1”이(가) 틀린 이유는 무엇인가요?</translation>
    </message>
    <message>
        <source>Claim disputed</source>
        <translation>이의를 제기했습니다</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>검사 결과 예외 처리</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>예외 처리됨</translation>
    </message>
    <message>
        <source>“%1” added to the house dictionary</source>
        <translation>“%1”을(를) 사내 사전에 추가했습니다</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>수정 요청</translation>
    </message>
    <message>
        <source>What needs to change?</source>
        <translation>무엇을 고쳐야 하나요?</translation>
    </message>
    <message>
        <source>Waive the style gate</source>
        <translation>표기 관문 예외 처리</translation>
    </message>
    <message>
        <source>Why may this article pass with its style/spelling errors?</source>
        <translation>표기·맞춤법 오류가 있는데도 이 기사를 통과시키는 이유는 무엇인가요?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <source>Back to stage:</source>
        <translation>되돌릴 단계:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글 달기</translation>
    </message>
    <message>
        <source>Your comment on the selected passage:</source>
        <translation>선택한 부분에 대한 댓글:</translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation>댓글을 달았습니다</translation>
    </message>
    <message>
        <source>Reply added</source>
        <translation>답글을 달았습니다</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>댓글을 해결했습니다</translation>
    </message>
    <message>
        <source>Reloaded “%1”: it changed outside this tab (revision %2).</source>
        <translation>“%1”을(를) 다시 불러왔습니다: 이 탭 밖에서 바뀌었습니다 (수정본 %2).</translation>
    </message>
    <message>
        <source>Not saved: “%1” changed outside this tab. Keep your text as a new revision on top, or load the newer text.</source>
        <translation>저장하지 않았습니다: “%1”이(가) 이 탭 밖에서 바뀌었습니다. 내 본문을 그 위에 새 수정본으로 남기거나 새 본문을 불러오세요.</translation>
    </message>
    <message>
        <source>Keep mine as a new revision</source>
        <translation>내 본문을 새 수정본으로 남기기</translation>
    </message>
    <message>
        <source>Load the newer text</source>
        <translation>새 본문 불러오기</translation>
    </message>
    <message>
        <source>“%1” changed outside this tab (revision %2). Your unsaved text is kept here and will not be saved over it unless you choose.</source>
        <translation>“%1”이(가) 이 탭 밖에서 바뀌었습니다 (수정본 %2). 저장하지 않은 본문은 여기 남아 있으며, 직접 고르지 않는 한 그 위에 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::AuditQuery</name>
    <message>
        <source>Person: %1</source>
        <translation>사람: %1</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>기사: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>단계: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>이벤트: %1</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::AuditReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>the whole history</source>
        <translation>전체 이력</translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation>감사 보고서: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>기간: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>필터: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Produced on %1 from %2</source>
        <translation>작성: %1, 원본: %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>이벤트: %1건</translation>
    </message>
    <message>
        <source>Articles published: %1</source>
        <translation>출고된 기사: %1건</translation>
    </message>
    <message>
        <source>Claims verified: %1</source>
        <translation>검증된 사실: %1건</translation>
    </message>
    <message>
        <source>Claims disputed: %1</source>
        <translation>이의 제기된 사실: %1건</translation>
    </message>
    <message>
        <source>Waivers: %1</source>
        <translation>예외 승인: %1건</translation>
    </message>
    <message>
        <source>Violations of the rules: %1</source>
        <translation>규칙 위반: %1건</translation>
    </message>
    <message>
        <source>Waivers and who granted them</source>
        <translation>예외 승인 내역과 승인자</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>규칙 위반</translation>
    </message>
    <message>
        <source>The verifier found no violation in %1 revisions.</source>
        <translation>검증기가 수정본 %1개에서 규칙 위반을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>감사 보고서</translation>
    </message>
    <message>
        <source>Writes the newsroom&apos;s audit report as PDF.</source>
        <translation>편집국 감사 보고서를 PDF로 씁니다.</translation>
    </message>
    <message>
        <source>The newsroom.</source>
        <translation>편집국 폴더.</translation>
    </message>
    <message>
        <source>Write the audit report to FILE (PDF).</source>
        <translation>감사 보고서를 FILE(PDF)에 씁니다.</translation>
    </message>
    <message>
        <source>From this day on (YYYY-MM-DD).</source>
        <translation>이 날짜부터 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Up to this day, inclusive (YYYY-MM-DD).</source>
        <translation>이 날짜까지, 당일 포함 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>usage: copydesk --export-audit FILE.pdf [--since DATE] [--until DATE] NEWSROOM-DIR</source>
        <translation>사용법: copydesk --export-audit FILE.pdf [--since DATE] [--until DATE] NEWSROOM-DIR</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 events, %3 violations).</source>
        <translation>%1을(를) 썼습니다 (이벤트 %2건, 규칙 위반 %3건).</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::AuditTableModel</name>
    <message>
        <source>Violation</source>
        <translation>규칙 위반</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Reason or message</source>
        <translation>사유 또는 메시지</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>수정본</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::AuditView</name>
    <message>
        <source>Audit</source>
        <translation>감사</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>%1 감사</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>사람:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>기사:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>이벤트:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF 보고서 내보내기…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Reading the history and checking it…</source>
        <translation>이력을 읽고 검증하는 중…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 사람</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>모든 이벤트</translation>
    </message>
    <message>
        <source>The verifier found no violation in %1 revisions.</source>
        <translation>검증기가 수정본 %1개에서 규칙 위반을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 events shown · %3 articles published · %4 claims verified · %5 waivers</source>
        <translation>이벤트 %2건 중 %1건 표시 · 출고 기사 %3건 · 검증된 사실 %4건 · 예외 승인 %5건</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>감사 내역을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export the audit report as PDF</source>
        <translation>감사 보고서를 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n violations of the newsroom&apos;s rules (marked in red, listed first):</source>
        <translation>
            <numerusform>편집국 규칙 위반 %n건 (빨간색으로 표시하고 맨 위에 나열):</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was exported</source>
        <translation>아무것도 내보내지 않았습니다</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::BoardView</name>
    <message>
        <source>Person:</source>
        <translation>사람:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 사람</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>나에게 배정된 기사</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>기자</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>남은 검사 결과</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>보류 사유</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 of %2…</source>
        <translation>%2건 중 %1건 검사 중…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>마감 지남</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>기사 %n건 중 %1건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk::editor::CommentsPanel</name>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Comment on selection…</source>
        <translation>선택한 부분에 댓글…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>답글…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>해결된 댓글 보기</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::FindingText</name>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>급여</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>weekday mismatch</source>
        <translation>요일 불일치</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>name variant</source>
        <translation>이름 표기</translation>
    </message>
    <message>
        <source>count</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>맞춤법</translation>
    </message>
    <message>
        <source>style</source>
        <translation>표기</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>미검증</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>이의 제기됨</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>예외 처리됨</translation>
    </message>
    <message>
        <source>Money figure: record a source for %1</source>
        <translation>금액: %1의 출처를 기록하세요</translation>
    </message>
    <message>
        <source>Salary figure: record a source for %1</source>
        <translation>급여: %1의 출처를 기록하세요</translation>
    </message>
    <message>
        <source>Percentage-point change: record a source for %1</source>
        <translation>퍼센트포인트 변화: %1의 출처를 기록하세요</translation>
    </message>
    <message>
        <source>Percentage: record a source for %1</source>
        <translation>비율: %1의 출처를 기록하세요</translation>
    </message>
    <message>
        <source>Count: record a source for %1</source>
        <translation>수량: %1의 출처를 기록하세요</translation>
    </message>
    <message>
        <source>Quotation: confirm who said it and that the words are exact</source>
        <translation>인용: 누가 말했는지, 표현이 정확한지 확인하세요</translation>
    </message>
    <message>
        <source>Date without a year: confirm %1 (no article date to take the year from)</source>
        <translation>연도 없는 날짜: %1을(를) 확인하세요 (연도를 가져올 기사 날짜가 없습니다)</translation>
    </message>
    <message>
        <source>Date: confirm %1 (%2)</source>
        <translation>날짜: %1을(를) 확인하세요 (%2)</translation>
    </message>
    <message>
        <source>Weekday mismatch: %1 is a %2, but the text says %3</source>
        <translation>요일 불일치: %1은(는) %2인데 본문에는 %3(으)로 적혀 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>Name spelled two ways: &apos;%1&apos; here, &apos;%2&apos; in %n other place(s); check which is right</source>
        <translation>
            <numerusform>이름 표기가 두 가지입니다: 여기는 &apos;%1&apos;, 다른 %n곳은 &apos;%2&apos;. 어느 쪽이 맞는지 확인하세요</numerusform>
        </translation>
    </message>
    <message>
        <source>Name variant: &apos;%1&apos; differs from the names list spelling &apos;%2&apos;; check which is right</source>
        <translation>이름 표기 차이: &apos;%1&apos;은(는) 이름 목록의 &apos;%2&apos;와(과) 다릅니다. 어느 쪽이 맞는지 확인하세요</translation>
    </message>
    <message>
        <source>%1 words were not checked: the %2 dictionary is not installed (%3)</source>
        <translation>%1 낱말을 검사하지 못했습니다: %2 사전이 설치되어 있지 않습니다 (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the %2 dictionary or the house word list</source>
        <translation>&apos;%1&apos;은(는) %2 사전에도 편집국 단어 목록에도 없습니다</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <extracomment>Date format (QDate::toString) for a date written without a year</extracomment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
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
        <translation>%1–%2%p</translation>
    </message>
    <message>
        <source>%1–%2%3</source>
        <comment>minimum, maximum, percent sign</comment>
        <translation>%1–%2%3</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1%p</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>number, percent sign</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 (a %2, not a %3)</source>
        <translation>%1 (실제 %2, 본문은 %3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, weekday</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (elsewhere &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; (다른 곳: &apos;%2&apos;)</translation>
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
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>Value / message</source>
        <translation>값 / 메시지</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>검증…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>이의 제기…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>예외 처리…</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Add to house dictionary</source>
        <translation>사내 사전에 추가</translation>
    </message>
    <message>
        <source>Claims (%1, %2 unverified)</source>
        <translation>사실 주장 (%1건, 미검증 %2건)</translation>
    </message>
    <message>
        <source>Spelling (%1)</source>
        <translation>맞춤법 (%1건)</translation>
    </message>
    <message>
        <source>Style (%1)</source>
        <translation>표기 (%1건)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); the first %1 of each kind are listed</source>
        <translation>
            <numerusform>검사 결과 %n건, 종류별로 처음 %1건만 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>검사 결과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(추천 없음)</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>“%1”(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Suggest spellings</source>
        <translation>맞춤법 추천</translation>
    </message>
    <message>
        <source>Add “%1” to house dictionary</source>
        <translation>“%1”을(를) 사내 사전에 추가</translation>
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
        <translation>“%1” 이력</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <source>What</source>
        <translation>무엇을</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>메시지 또는 사유</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>with</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>한 화면에</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>나란히</translation>
    </message>
    <message>
        <source>Claims that changed</source>
        <translation>바뀐 사실 주장</translation>
    </message>
    <message>
        <source>Restore this revision…</source>
        <translation>이 수정본으로 복원…</translation>
    </message>
    <message>
        <source>Brings the older text back as a new revision; nothing is lost.</source>
        <translation>예전 본문을 새 수정본으로 되살립니다. 아무것도 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>구절 복사</translation>
    </message>
    <message>
        <source>Copies the passage selected in the older revision (all of it when nothing is selected).</source>
        <translation>예전 수정본에서 선택한 구절을 복사합니다 (선택하지 않으면 전체).</translation>
    </message>
    <message>
        <source>Restored an older revision</source>
        <translation>예전 수정본 복원</translation>
    </message>
    <message>
        <source>A revision of the text</source>
        <translation>본문 수정본</translation>
    </message>
    <message>
        <source>An event: the text did not change</source>
        <translation>이벤트: 본문은 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>The same revision on both sides.</source>
        <translation>양쪽이 같은 수정본입니다.</translation>
    </message>
    <message>
        <source>%1 passages added, %2 removed.</source>
        <translation>%1곳 추가, %2곳 삭제.</translation>
    </message>
    <message>
        <source>No claim changed.</source>
        <translation>바뀐 사실 주장이 없습니다.</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>수정본 복원</translation>
    </message>
    <message>
        <source>Bring back the text as of %1 as a new revision? The current text stays in the history.</source>
        <translation>%1 시점의 본문을 새 수정본으로 되살릴까요? 지금 본문은 이력에 남습니다.</translation>
    </message>
    <message>
        <source>Restored as a new revision %1.</source>
        <translation>새 수정본 %1(으)로 복원했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n characters.</source>
        <translation>
            <numerusform>%n자를 복사했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk::editor::IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>누구신가요?</translation>
    </message>
    <message>
        <source>Copydesk records every revision, approval and verification under your name. Use the email your newsroom knows you by.</source>
        <translation>Copydesk는 모든 수정, 승인, 검증을 사용자 이름으로 기록합니다. 편집국에 등록된 이메일을 입력하세요.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>이메일:</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::LanguageDialog</name>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>시스템 설정 따르기 (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Menus, the board, the findings and the newsroom&apos;s refusals switch at once; dates and numbers follow the language too. Commit messages stay as they were written.</source>
        <translation>메뉴, 보드, 검사 결과, 편집국 규칙의 거부 사유가 바로 바뀝니다. 날짜와 숫자도 언어를 따릅니다. 커밋 메시지는 쓰인 그대로 남습니다.</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Dictionaries loaded</source>
        <translation>사전을 불러왔습니다</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>새 기사(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open newsroom…</source>
        <translation>편집국 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Create newsroom…</source>
        <translation>편집국 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 편집국(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo newsroom</source>
        <translation>데모 편집국 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>수정본 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>보드(&amp;B)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>원래 크기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>Copydesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>Copydesk 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copydesk&lt;/b&gt; %1&lt;br&gt;A newsroom editor: write, check every claim, move the story through review.&lt;br&gt;Signed in as %2 &amp;lt;%3&amp;gt;.</source>
        <translation>&lt;b&gt;Copydesk&lt;/b&gt; %1&lt;br&gt;편집국 편집기: 기사를 쓰고, 모든 사실을 확인하고, 검토를 거쳐 출고합니다.&lt;br&gt;로그인: %2 &amp;lt;%3&amp;gt;</translation>
    </message>
    <message>
        <source>Open newsroom</source>
        <translation>편집국 열기</translation>
    </message>
    <message>
        <source>Create a newsroom in (an empty folder)</source>
        <translation>편집국을 만들 빈 폴더 선택</translation>
    </message>
    <message>
        <source>Create newsroom</source>
        <translation>편집국 만들기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>편집국 이름:</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>새 기사</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>기사 언어:</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>저장하지 않은 글</translation>
    </message>
    <message>
        <source>Save “%1” as a new revision before closing?</source>
        <translation>닫기 전에 “%1”을(를) 새 수정본으로 저장할까요?</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::MergeDialog</name>
    <message>
        <source>Merge a colleague&apos;s changes</source>
        <translation>동료의 수정 내용 병합</translation>
    </message>
    <message>
        <source>A colleague changed the same article on the server while you worked on it. Nothing was overwritten. Put the two versions together in the result, then save: the result becomes a new revision and is sent to the server.</source>
        <translation>작업하는 동안 동료가 서버에서 같은 기사를 고쳤습니다. 덮어쓴 것은 없습니다. 두 버전을 결과 창에서 하나로 합친 뒤 저장하세요. 결과는 새 수정본이 되어 서버로 전송됩니다.</translation>
    </message>
    <message>
        <source>Loading the three versions…</source>
        <translation>세 가지 버전을 불러오는 중…</translation>
    </message>
    <message>
        <source>Save merge</source>
        <translation>병합 저장</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Leave the sync unfinished; your work stays here and nothing is sent.</source>
        <translation>동기화를 마치지 않고 둡니다. 작업 내용은 이 컴퓨터에 남고 아무것도 전송되지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting passages marked in orange.</source>
        <translation>
            <numerusform>충돌하는 구절 %n곳을 주황색으로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undecided conflicts</source>
        <translation>결정하지 않은 충돌</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting passages still read as in your version. Save the result as it is?</source>
        <translation>
            <numerusform>충돌 구절 %n곳이 아직 내 버전 그대로입니다. 이대로 저장할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the merge and syncing…</source>
        <translation>병합을 저장하고 동기화하는 중…</translation>
    </message>
    <message>
        <source>Merged and saved. %1</source>
        <translation>병합해서 저장했습니다. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of your claim checks, comments or waivers on %1 recorded again on the merged article.</source>
        <translation>
            <numerusform>%1에 대한 내 사실 검증·의견·예외 처리 %n건을 병합된 기사에 다시 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims recorded on both sides, the later event stands: %1.</source>
        <translation>양쪽에서 기록된 사실 주장은 나중 기록이 남습니다: %1.</translation>
    </message>
    <message>
        <source>Not recorded again, kept in the history: %1.</source>
        <translation>다시 기록하지 못해 이력에만 남은 항목: %1.</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::MergeView</name>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; — on the server</source>
        <translation>&lt;b&gt;동료 버전&lt;/b&gt; — 서버</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; — on this computer</source>
        <translation>&lt;b&gt;내 버전&lt;/b&gt; — 이 컴퓨터</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt; — edit freely; this is what will be saved</source>
        <translation>&lt;b&gt;결과&lt;/b&gt; — 자유롭게 고치세요. 이 내용이 저장됩니다</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>내 것 사용</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>동료 것 사용</translation>
    </message>
    <message>
        <source>Use both</source>
        <translation>둘 다 사용</translation>
    </message>
    <message>
        <source>Theirs, then mine</source>
        <translation>동료 것 다음에 내 것</translation>
    </message>
    <message>
        <source>No conflict: the changes were merged. Check the result and save.</source>
        <translation>충돌 없음: 수정 내용을 병합했습니다. 결과를 확인하고 저장하세요.</translation>
    </message>
    <message>
        <source>Conflict %1 of %2 (%3 undecided)</source>
        <translation>충돌 %2곳 중 %1번째 (미결정 %3곳)</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::StageBar</name>
    <message>
        <source>Gate: %1</source>
        <translation>관문: %1</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>수정 요청</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>다음 단계로</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation>이전 단계로…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>예외 처리…</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::SyncController</name>
    <message>
        <source>Sync failed: %1</source>
        <translation>동기화 실패: %1</translation>
    </message>
    <message>
        <source>A colleague changed the same articles as you: %1. Nothing was overwritten; merge them to finish the sync.</source>
        <translation>동료가 같은 기사를 고쳤습니다: %1. 덮어쓴 것은 없습니다. 병합해야 동기화가 끝납니다.</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>모두 최신 상태입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n revisions from colleagues.</source>
        <translation>
            <numerusform>동료의 수정본 %n개를 받았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n revisions to the server.</source>
        <translation>
            <numerusform>수정본 %n개를 서버로 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>동기화했습니다.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>서버 메시지: %1</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::SyncIndicator</name>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ 동기화 중…</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>공유 안 됨</translation>
    </message>
    <message>
        <source>No server set (Newsroom ▸ Sync settings).</source>
        <translation>서버가 설정되지 않았습니다 (편집국 ▸ 동기화 설정).</translation>
    </message>
    <message>
        <source>↑ %1 unsynced</source>
        <translation>↑ 미동기화 %1개</translation>
    </message>
    <message>
        <source>✓ Synced</source>
        <translation>✓ 동기화됨</translation>
    </message>
    <message>
        <source>Click to sync with %1</source>
        <translation>%1과(와) 동기화하려면 누르세요</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::SyncPanel</name>
    <message>
        <source>Syncing with the server…</source>
        <translation>서버와 동기화하는 중…</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>서버 주소:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>액세스 토큰:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>SSH addresses use the keys of your SSH agent. For HTTPS servers, the token is stored in this computer&apos;s settings for your account.</source>
        <translation>SSH 주소는 SSH 에이전트의 키를 사용합니다. HTTPS 서버용 토큰은 이 컴퓨터의 사용자 설정에 저장됩니다.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>자동 동기화 간격</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>No server set: your work stays on this computer.</source>
        <translation>서버가 설정되지 않았습니다. 작업 내용은 이 컴퓨터에만 있습니다.</translation>
    </message>
    <message>
        <source>Never synced: %1 revisions are only on this computer.</source>
        <translation>아직 동기화한 적이 없습니다. 수정본 %1개가 이 컴퓨터에만 있습니다.</translation>
    </message>
    <message>
        <source>%1 revisions are not on the server yet.</source>
        <translation>수정본 %1개가 아직 서버에 없습니다.</translation>
    </message>
    <message>
        <source>Everything here is on the server.</source>
        <translation>이 컴퓨터의 작업이 모두 서버에 있습니다.</translation>
    </message>
</context>
<context>
    <name>copydesk::editor::TeamMenu</name>
    <message>
        <source>&amp;Newsroom</source>
        <translation>편집국(&amp;N)</translation>
    </message>
    <message>
        <source>Article &amp;history</source>
        <translation>기사 이력(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Audit…</source>
        <translation>감사(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>Sync s&amp;ettings…</source>
        <translation>동기화 설정(&amp;E)…</translation>
    </message>
    <message>
        <source>Interface &amp;language…</source>
        <translation>화면 언어(&amp;L)…</translation>
    </message>
    <message>
        <source>Article history</source>
        <translation>기사 이력</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>기사:</translation>
    </message>
    <message>
        <source>History of %1 — Copydesk</source>
        <translation>%1 이력 — Copydesk</translation>
    </message>
    <message>
        <source>Audit — %1</source>
        <translation>감사 — %1</translation>
    </message>
    <message>
        <source>Sync — Copydesk</source>
        <translation>동기화 — Copydesk</translation>
    </message>
</context>
</TS>
