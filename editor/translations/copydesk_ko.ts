<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
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
        <source>Claims</source>
        <translation>사실 주장</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>맞춤법</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>표기</translation>
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
        <source>Dates and numbers follow the language too. Messages from the newsroom&apos;s rules (refusals, sync errors) come from the core library in English.</source>
        <translation>날짜와 숫자도 선택한 언어 형식으로 표시됩니다. 편집국 규칙에서 나오는 메시지(거부 사유, 동기화 오류)는 핵심 라이브러리에서 영어로 표시됩니다.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
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
