{#- The left menu of every formgrader page: {% with active="assignments" %}{% include "menu.tpl" %}{% endwith %} -#}
<li role="presentation"{% if active == "assignments" %} class="active"{% endif %}><a href="{{ base_url }}/formgrader/manage_assignments">모듈 관리</a></li>
<li role="presentation"{% if active == "gradebook" %} class="active"{% endif %}><a href="{{ base_url }}/formgrader/gradebook">직접 채점</a></li>
<li role="presentation"{% if active == "students" %} class="active"{% endif %}><a href="{{ base_url }}/formgrader/manage_students">수강생 관리</a></li>
