/* 短信发送 page: live preview of the encoding and parts while typing; a chosen template fills the body. */
(function () {
  const previewUrl = document.getElementById('compose').dataset.previewUrl;
  const body = document.getElementById('body'), kind = document.getElementById('kind');
  let timer;
  function refresh() {
    const q = new URLSearchParams({body: body.value, kind: kind.value});
    const tpl = document.getElementById('template').value;
    if (tpl) { q.set('templateId', tpl); }
    fetch(previewUrl + '?' + q).then(r => r.json()).then(p => {
      document.getElementById('preview-count').textContent = (p.encoding === 'GSM7' ? 'GSM 7 位' : 'UCS-2')
        + '，' + p.units + (p.encoding === 'GSM7' ? ' 个字符单位' : ' 个字') + '，共 ' + p.parts.length
        + ' 条（每条 ' + p.perPart + '）';
      const list = document.getElementById('preview-parts');
      list.replaceChildren(...p.parts.map(t => {
        const li = document.createElement('li');
        li.className = 'list-group-item small';
        li.textContent = t;
        return li;
      }));
    });
  }
  body.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 150); });
  kind.addEventListener('change', refresh);
  document.getElementById('template').addEventListener('change', e => {
    const o = e.target.selectedOptions[0];
    if (o.dataset.body) { body.value = o.dataset.body; kind.value = o.dataset.kind; refresh(); }
  });
  refresh();
})();
