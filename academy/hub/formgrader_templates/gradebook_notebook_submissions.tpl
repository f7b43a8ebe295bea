{%- extends 'nbgrader/gradebook_notebook_submissions.tpl' -%}
{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li><a href="{{ base_url }}/formgrader/gradebook">직접 채점</a></li>
  <li><a href="{{ base_url }}/formgrader/gradebook/{{ assignment_id }}">{{ assignment_id | module_title }}</a></li>
  <li class="active">{{ notebook_id | replace("exercise", "연습 문제") }}</li>
</ol>
{%- endblock -%}
{%- block messages -%}
<button id="toggle_names" onclick="toggleAllNames()">Show All Names</button>
{%- endblock -%}
{%- block table_header -%}
<tr>
  <th></th>
  <th>제출물</th>
  <th class="text-center">점수</th>
  <th class="text-center">코드 점수</th>
  <th class="text-center">글 점수</th>
  <th class="text-center">과제 점수</th>
  <th class="text-center">직접 채점 필요</th>
  <th class="text-center">확인 실패</th>
  <th class="text-center">표시함</th>
</tr>
{%- endblock -%}
{%- block table_body -%}
<tr><td colspan="8">불러오는 중이에요…</td></tr>
{%- endblock -%}
