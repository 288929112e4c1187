/*
 * Builds ECharts charts from a dashboard definition (dashboards/<id>.json, served at /api/dashboards/<id>).
 * Each chart names its container id, type (bar, line, pie), data endpoint, category field and series fields.
 * params: query parameters for every endpoint (null values left out); context: values for {placeholders}.
 * A page declares its dashboard in markup (no inline script under the Content-Security-Policy):
 *   <div hidden class="crm-dashboard" data-dashboard="customer-view" data-param-date="2026-11-20"
 *        data-context-cust-id="C001"></div>
 * data-param-* become params, data-context-* context values (data-context-drill-page is context.drillPage).
 */
window.CrmDashboard = (function () {
  'use strict';

  function fill(text, context) {
    return String(text || '').replace(/\{(\w+)\}/g, function (all, key) {
      return context[key] !== undefined && context[key] !== null ? encodeURIComponent(context[key]) : all;
    });
  }

  function label(text, context) {
    return String(text || '').replace(/\{(\w+)\}/g, function (all, key) {
      return context[key] !== undefined ? context[key] : all;
    });
  }

  function query(params) {
    const pairs = Object.keys(params || {})
      .filter(function (key) { return params[key] !== null && params[key] !== undefined && params[key] !== ''; })
      .map(function (key) { return encodeURIComponent(key) + '=' + encodeURIComponent(params[key]); });
    return pairs.length ? '?' + pairs.join('&') : '';
  }

  function number(value, decimals) {
    return Number(value || 0).toLocaleString('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }

  function scaled(value, series) {
    const v = Number(value || 0) / (series.scale || 1);
    return Math.round(v * 100) / 100;
  }

  function axisOption(chart, rows, context) {
    const twoAxes = chart.series.some(function (s) { return s.yAxisIndex === 1; });
    const names = [].concat(chart.yAxisName || []);
    return {
      title: { text: label(chart.title, context), left: 'left', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return number(v, 2); } },
      legend: { top: 28 },
      grid: { top: 70, left: 20, right: 20, bottom: 30, containLabel: true },
      xAxis: { type: 'category', name: label(chart.xAxisName, context), nameLocation: 'middle', nameGap: 28,
               data: rows.map(function (r) { return r[chart.category]; }) },
      yAxis: (twoAxes ? [0, 1] : [0]).map(function (i) { return { type: 'value', name: names[i] || '' }; }),
      series: chart.series.map(function (s) {
        return { name: s.name, type: s.type || chart.type, yAxisIndex: s.yAxisIndex || 0, smooth: chart.type === 'line',
                 data: rows.map(function (r) { return scaled(r[s.field], s); }) };
      })
    };
  }

  function pieOption(chart, rows, context) {
    const s = chart.series[0];
    return {
      title: { text: label(chart.title, context), left: 'left', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'item', valueFormatter: function (v) { return number(v, s.decimals || 0); } },
      legend: { top: 28 },
      series: [{ name: s.name, type: 'pie', radius: ['35%', '65%'], top: 40,
                 data: rows.map(function (r) { return { name: r[chart.category], value: scaled(r[s.field], s) }; }) }]
    };
  }

  function funnelOption(chart, rows, context) {
    const s = chart.series[0];
    return {
      title: { text: label(chart.title, context), left: 'left', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'item', valueFormatter: function (v) { return number(v, s.decimals || 0); } },
      legend: { top: 28 },
      series: [{ name: s.name, type: 'funnel', sort: 'none', top: 60, bottom: 10, minSize: '10%',
                 label: { show: true, position: 'inside' },
                 data: rows.map(function (r) { return { name: r[chart.category], value: scaled(r[s.field], s) }; }) }]
    };
  }

  function optionOf(chart, rows, context) {
    if (chart.type === 'pie') {
      return pieOption(chart, rows, context);
    }
    return chart.type === 'funnel' ? funnelOption(chart, rows, context) : axisOption(chart, rows, context);
  }

  function drill(instance, chart, rows, params, context) {
    if (!chart.drillField) {
      return;
    }
    instance.on('click', function (event) {
      const row = rows[event.dataIndex];
      if (row && row[chart.drillField]) {
        window.location.href = context.drillPage + query(Object.assign({}, params, { org: row[chart.drillField] }));
      }
    });
  }

  function draw(chart, params, context) {
    const el = document.getElementById(chart.id);
    if (!el) {
      return Promise.resolve();
    }
    return window.crmFetch(fill(chart.endpoint, context) + query(params)).then(function (rows) {
      const instance = echarts.init(el);
      // data-loaded="true" once drawn, after the entry animation: bars are then where a click finds them
      instance.on('finished', function () { el.dataset.loaded = 'true'; });
      instance.setOption(optionOf(chart, rows, context));
      drill(instance, chart, rows, params, context);
      window.addEventListener('resize', function () { instance.resize(); });
    }).catch(function (error) {
      el.textContent = '图表数据加载失败';
      el.dataset.loaded = 'error';
      console.error(error);
    });
  }

  function render(id, params, context) {
    return window.crmFetch('/api/dashboards/' + encodeURIComponent(id)).then(function (definition) {
      return Promise.all(definition.charts.map(function (chart) { return draw(chart, params, context || {}); }));
    });
  }

  function fromMarkup(element) {
    const params = {}, context = {};
    Object.keys(element.dataset).forEach(function (key) {
      const match = /^(param|context)([A-Z].*)$/.exec(key);
      if (match) {
        const name = match[2].charAt(0).toLowerCase() + match[2].slice(1);
        (match[1] === 'param' ? params : context)[name] = element.dataset[key];
      }
    });
    return render(element.dataset.dashboard, params, context);
  }

  function start() {
    document.querySelectorAll('.crm-dashboard[data-dashboard]').forEach(fromMarkup);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  return { render: render };
})();
