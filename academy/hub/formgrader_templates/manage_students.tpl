{%- extends 'nbgrader/manage_students.tpl' -%}
{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li class="active">수강생</li>
</ol>
{%- endblock -%}
{%- block table_header -%}
<tr>
  <th>이름</th>
  <th class="text-center">아이디</th>
  <th class="text-center">이메일</th>
  <th class="text-center">전체 점수</th>
  <th class="text-center no-sort">고치기</th>
</tr>
{%- endblock -%}
{%- block table_body -%}
<tr><td colspan="5">불러오는 중이에요…</td></tr>
{%- endblock -%}
{%- block table_footer -%}
<tr>
  <td colspan="5">
    <span class="glyphicon glyphicon-plus" aria-hidden="true"></span>
    <a href="#" onClick="createStudentModal();">새 수강생 추가…</a>
  </td>
</tr>
{%- endblock -%}
