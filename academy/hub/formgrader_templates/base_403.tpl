{%- extends 'base.tpl' -%}
{%- block title -%}권한이 없어요{%- endblock -%}
{%- block body -%}
<div class="panel-body">
이 채점 도구는 이 과정의 강사님만 쓸 수 있어요. 강사 계정으로 로그인했는지 확인해 주세요.
<span id="error-{{ error_code }}"></span>
</div>
{%- endblock -%}
