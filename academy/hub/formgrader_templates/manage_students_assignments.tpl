{%- extends 'nbgrader/manage_students_assignments.tpl' -%}
{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li><a href="{{ base_url }}/formgrader/manage_students">수강생</a></li>
  <li class="active">{{ student_id }}</li>
</ol>
{%- endblock -%}
{%- block table_header -%}
<tr>
  <th>모듈</th>
  <th class="text-center">점수</th>
  <th class="text-center">코드 점수</th>
  <th class="text-center">글 점수</th>
  <th class="text-center">과제 점수</th>
  <th class="text-center">직접 채점 필요</th>
</tr>
{%- endblock -%}
{%- block table_body -%}
<tr><td colspan="6">불러오는 중이에요…</td></tr>
{%- endblock -%}
