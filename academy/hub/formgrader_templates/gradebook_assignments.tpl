{%- extends 'nbgrader/gradebook_assignments.tpl' -%}
{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li class="active">직접 채점</li>
</ol>
{%- endblock -%}
{%- block table_header -%}
<tr>
  <th>모듈</th>
  <th class="text-center">마감</th>
  <th class="text-center">제출 수</th>
  <th class="text-center">평균 점수</th>
</tr>
{%- endblock -%}
{%- block table_body -%}
<tr><td colspan="4">불러오는 중이에요…</td></tr>
{%- endblock -%}
