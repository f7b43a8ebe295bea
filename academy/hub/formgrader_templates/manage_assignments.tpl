{%- extends 'nbgrader/manage_assignments.tpl' -%}
{%- block title -%}모듈 관리{%- endblock -%}
{%- block sidebar -%}{% with active="assignments" %}{% include "menu.tpl" %}{% endwith %}{%- endblock -%}
{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li class="active">모듈</li>
</ol>
{%- endblock -%}

{%- block messages -%}
<div class="panel-group" id="accordion" role="tablist" aria-multiselectable="true">
  <div class="panel panel-default">
    <div class="panel-heading" role="tab" id="headingOne">
      <h4 class="panel-title">
        <a class="collapsed" role="button" data-toggle="collapse" data-parent="#accordion" href="#collapseOne" aria-expanded="false" aria-controls="collapseOne">
          사용 방법 (눌러서 펼치기)
        </a>
      </h4>
    </div>
    <div id="collapseOne" class="panel-collapse collapse" role="tabpanel" aria-labelledby="headingOne">
      <div class="panel-body">
        <ol>
          <li><b>수강생용 파일 만들기</b>: 모듈 줄의 <span class="glyphicon glyphicon-education"></span> 단추를 눌러요. 정답과 숨은 확인이 빠진 파일이 만들어져요.</li>
          <li><b>미리 보기</b>: <span class="glyphicon glyphicon-search"></span> 단추로 수강생이 받을 파일을 열어 봐요.</li>
          <li><b>배포</b>: <span class="glyphicon glyphicon-cloud-upload"></span> 단추를 누르면 수강생이 과제 목록에서 받을 수 있어요. 다시 누르면(<span class="glyphicon glyphicon-remove"></span>) 배포를 거둬요. 이미 받은 수강생의 파일은 그대로 남아요.</li>
          <li><b>제출물 모으기</b>: <span class="glyphicon glyphicon-cloud-download"></span> 단추를 눌러요.</li>
          <li><b>채점</b>: 제출 수 숫자를 누르면 수강생별로 자동 채점할 수 있어요. 직접 채점은 자동 채점 뒤에 할 수 있어요.</li>
          <li><b>피드백</b>: <span class="glyphicon glyphicon-comment"></span> 단추로 피드백을 만들고, <span class="glyphicon glyphicon-envelope"></span> 단추로 수강생에게 돌려줘요.</li>
          <li><b>마감</b>: <span class="glyphicon glyphicon-pencil"></span> 단추로 바꿀 수 있어요. 구 설정 파일에 정한 마감이 있으면 그 마감이 먼저예요.</li>
        </ol>
      </div>
    </div>
  </div>
</div>
{% if windows or exchange_missing or not course_id %}
<div class="alert alert-warning" id="warning-exchange">
과제를 주고받는 폴더(<code>{{ exchange }}</code>)를 쓸 수 없어서 배포와 제출물 모으기를 할 수 없어요.
구청 담당자에게 <code>academy hub setup</code>을 다시 실행해 달라고 알려 주세요.
</div>
{% endif %}
{%- endblock -%}

{%- block table_header -%}
<tr>
  <th>모듈</th>
  <th class="text-center">마감</th>
  <th class="text-center">상태</th>
  <th class="text-center no-sort">고치기</th>
  <th class="text-center no-sort">수강생용 만들기</th>
  <th class="text-center no-sort">미리 보기</th>
  <th class="text-center no-sort">배포</th>
  <th class="text-center no-sort">모으기</th>
  <th class="text-center">제출 수</th>
  <th class="text-center no-sort">피드백 만들기</th>
  <th class="text-center no-sort">피드백 돌려주기</th>
</tr>
{%- endblock -%}

{%- block table_body -%}
<tr><td colspan="11">불러오는 중이에요…</td></tr>
{%- endblock -%}

{%- block table_footer -%}
<tr>
  <td colspan="11">
    <span class="glyphicon glyphicon-plus" aria-hidden="true"></span>
    <a href="#" onClick="createAssignmentModal();">새 모듈 만들기…</a>
  </td>
</tr>
{%- endblock -%}
