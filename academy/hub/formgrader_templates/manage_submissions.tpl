{%- extends 'nbgrader/manage_submissions.tpl' -%}
{%- block title -%}제출물 관리{%- endblock -%}
{%- block sidebar -%}{% with active="assignments" %}{% include "menu.tpl" %}{% endwith %}{%- endblock -%}
{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li><a href="{{ base_url }}/formgrader/manage_assignments">모듈</a></li>
  <li class="active">{{ assignment_id | module_title }}</li>
</ol>
{%- endblock -%}

{%- block messages -%}
<div class="alert alert-info">
수강생 줄의 <span class="glyphicon glyphicon-flash"></span> 단추로 한 명씩 자동 채점해요.
채점은 안전한 채점 공간에서 돌아가요. 마감 뒤에 낸 제출물은 제출 시각 옆에 표시돼요.
</div>
{%- endblock -%}

{%- block table_header -%}
<tr>
  <th>수강생 이름</th>
  <th class="text-center">아이디</th>
  <th class="text-center">제출 시각</th>
  <th class="text-center">상태</th>
  <th class="text-center">점수</th>
  <th class="text-center no-sort">자동 채점</th>
  <th class="text-center no-sort">피드백 만들기</th>
  <th class="text-center no-sort">피드백 돌려주기</th>
</tr>
{%- endblock -%}

{%- block table_body -%}
<tr><td>불러오는 중이에요…</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
{%- endblock -%}

{%- block script -%}
<script>
// Late submissions (academy/hub/formgrader.py LATE_API): a label beside the submission time.
(function () {
  var late = null;
  var table = document.getElementById("main-table");
  function mark() {
    if (!late) return;
    $(table).children("tr").each(function () {
      var cells = $(this).children("td");
      var label = late[cells.eq(1).text().trim()];
      if (label && !cells.eq(2).find(".academy-late").length) {
        cells.eq(2).append(" ", $("<span/>").addClass("label label-warning academy-late").text("마감 뒤 제출 · " + label));
      }
    });
  }
  // with the XSRF header, as nbgrader's own requests (backbone_xsrf.js): JupyterHub refuses a
  // cookie-authenticated API GET without it (it answers with a login redirect)
  $.ajax({url: base_url + "/formgrader/api/academy/late/" + encodeURIComponent(assignment_id), dataType: "json",
          headers: {"X-CSRFToken": getCookie("_xsrf")}})
    .done(function (data) { late = data; mark(); });
  new MutationObserver(mark).observe(table, {childList: true, subtree: true});
})();
</script>
{%- endblock -%}
