// Live updates for the portal's pages (GET /live, server/portal/live_updates.h). The server
// sends each changed row already rendered and escaped, exactly as the page renders it; this
// only puts it in place. Without JavaScript the pages work as they are, current as of the
// last load. No inline script, no eval: the page policy is script-src 'self'.
(function () {
  'use strict';

  var minDelayMs = 1000;
  var maxDelayMs = 30000;
  var delayMs = minDelayMs;
  var policyViolated = 1008; // the session ended: connecting again would be refused

  // The Instances list; a log table (data-live-inbound) takes only its own rows.
  function rows() {
    return document.querySelector('main table.list:not([data-live-inbound]) tbody');
  }

  // The inbound log's first page: its table carries the page's filter as a query.
  function inboundTable() {
    return document.querySelector('main table.list[data-live-inbound]');
  }

  function rowOf(body, id) {
    var all = body.querySelectorAll('tr[data-instance]');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-instance') === id)
        return all[i];
    }
    return null;
  }

  function nameOf(row) {
    var cell = row.querySelector('td.name');
    return cell ? cell.textContent : '';
  }

  function placeInstance(id, html) {
    var body = rows();
    if (!body)
      return; // the list is empty on this page: the next load shows the new row
    var template = document.createElement('template');
    template.innerHTML = html;
    var row = template.content.firstElementChild;
    if (!row || row.getAttribute('data-instance') !== id)
      return;
    var existing = rowOf(body, id);
    if (existing) {
      body.replaceChild(row, existing);
      return;
    }
    // The list is by name.
    var next = null;
    var all = body.querySelectorAll('tr[data-instance]');
    for (var i = 0; i < all.length && !next; i++) {
      if (nameOf(all[i]) > nameOf(row))
        next = all[i];
    }
    body.insertBefore(row, next);
  }

  function removeInstance(id) {
    var body = rows();
    var existing = body ? rowOf(body, id) : null;
    if (existing)
      existing.parentNode.removeChild(existing);
  }

  // The manage page's parts that change on their own (its status, its QR code) carry a
  // marker attribute with the instance id; the pushed html is the same element, rendered anew.
  function replaceMarked(attribute, id, html) {
    var all = document.querySelectorAll('[' + attribute + ']');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute(attribute) !== id)
        continue;
      var template = document.createElement('template');
      template.innerHTML = html;
      var fresh = template.content.firstElementChild;
      if (fresh && fresh.getAttribute(attribute) === id)
        all[i].parentNode.replaceChild(fresh, all[i]);
      return;
    }
  }

  // A new inbound message on top. The server sends only rows that match this page's filter
  // (it knows the filter from the socket's query), so nothing is filtered here.
  function placeInbound(id, html) {
    var table = inboundTable();
    var body = table ? table.querySelector('tbody') : null;
    if (!body)
      return;
    var template = document.createElement('template');
    template.innerHTML = html;
    var row = template.content.firstElementChild;
    if (!row || row.getAttribute('data-inbound') !== id)
      return;
    var all = body.querySelectorAll('tr[data-inbound]');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-inbound') === id)
        return; // shown already
    }
    body.insertBefore(row, body.firstElementChild);
    var empty = document.querySelector('main p.empty');
    if (empty)
      empty.parentNode.removeChild(empty);
  }

  function onMessage(event) {
    var message;
    try {
      message = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (!message || typeof message.id !== 'string')
      return;
    if (message.type === 'instance' && typeof message.html === 'string') {
      placeInstance(message.id, message.html);
      if (typeof message.status === 'string')
        replaceMarked('data-instance-status', message.id, message.status);
    } else if (message.type === 'qr' && typeof message.html === 'string')
      replaceMarked('data-qr', message.id, message.html);
    else if (message.type === 'instance-removed')
      removeInstance(message.id);
    else if (message.type === 'inbound' && typeof message.html === 'string')
      placeInbound(message.id, message.html);
  }

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket;
    try {
      var table = inboundTable();
      var query = table ? table.getAttribute('data-live-inbound') : '';
      socket = new WebSocket(scheme + window.location.host + '/live' + (query ? '?' + query : ''));
    } catch (e) {
      return;
    }
    socket.addEventListener('open', function () {
      delayMs = minDelayMs;
      document.documentElement.setAttribute('data-live', 'open');
    });
    socket.addEventListener('message', onMessage);
    socket.addEventListener('close', function (event) {
      document.documentElement.setAttribute('data-live', 'closed');
      if (event.code === policyViolated)
        return;
      // Dropped (restart, network): again later, waiting longer each time, with jitter so
      // many open pages do not all come back at the same moment.
      var wait = delayMs + Math.floor(Math.random() * delayMs / 2);
      delayMs = Math.min(delayMs * 2, maxDelayMs);
      window.setTimeout(connect, wait);
    });
  }

  // <html data-live="open|closed"> tells whether the page is being kept current.
  if ('WebSocket' in window)
    connect();
})();
