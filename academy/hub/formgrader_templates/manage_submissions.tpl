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
채점은 안전한 채점 공간에서 돌아가요.
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
