{%- extends 'nbgrader/manage_students_notebook_submissions.tpl' -%}
{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li><a href="{{ base_url }}/formgrader/manage_students">수강생</a></li>
  <li><a href="{{ base_url }}/formgrader/manage_students/{{ student_id }}">{{ student_id }}</a></li>
  <li class="active">{{ assignment_id | module_title }}</li>
</ol>
{%- endblock -%}
{%- block table_header -%}
<tr>
  <th>노트북</th>
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
