{%- extends 'nbgrader/gradebook_notebooks.tpl' -%}
{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li><a href="{{ base_url }}/formgrader/gradebook">직접 채점</a></li>
  <li class="active">{{ assignment_id | module_title }}</li>
</ol>
{%- endblock -%}
{%- block table_header -%}
<tr>
  <th>노트북</th>
  <th class="text-center">평균 점수</th>
  <th class="text-center">평균 코드 점수</th>
  <th class="text-center">평균 글 점수</th>
  <th class="text-center">평균 과제 점수</th>
  <th class="text-center">직접 채점 필요</th>
</tr>
{%- endblock -%}
{%- block table_body -%}
<tr><td colspan="6">불러오는 중이에요…</td></tr>
{%- endblock -%}
