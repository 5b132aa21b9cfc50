// Pages through pre-rendered (server-escaped) article and person HTML; never builds HTML from raw text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var size = data.pageSize || 50;

  function PagedList(name, items, hasFilter) {
    this.name = name;
    this.items = items;
    this.hits = items.map(function (_, i) { return i; });
    this.page = 0;
    this.box = document.getElementById("list-" + name);
    this.query = document.getElementById("q-" + name);
    this.filter = hasFilter ? document.getElementById("filter-" + name) : null;
    this.pagers = document.querySelectorAll('.pager[data-list="' + name + '"]');
    var self = this;
    var timer = null;
    this.query.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.apply(); }, 120);
    });
    if (this.filter) this.filter.addEventListener("change", function () { self.apply(); });
    Array.prototype.forEach.call(this.pagers, function (p) {
      p.innerHTML = '<button type="button" data-act="first" title="first page">«</button>' +
        '<button type="button" data-act="prev">‹ prev</button><span class="where"></span>' +
        '<button type="button" data-act="next">next ›</button>' +
        '<button type="button" data-act="last" title="last page">»</button>';
      p.addEventListener("click", function (ev) {
        var act = ev.target.getAttribute("data-act");
        if (!act) return;
        var last = self.pages() - 1;
        self.go({ first: 0, prev: self.page - 1, next: self.page + 1, last: last }[act]);
        if (p === self.pagers[self.pagers.length - 1]) self.box.scrollIntoView();
      });
    });
  }
  PagedList.prototype.pages = function () { return Math.max(1, Math.ceil(this.hits.length / size)); };
  PagedList.prototype.apply = function () {
    var terms = this.query.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var flag = this.filter ? this.filter.value : "";
    var items = this.items;
    this.hits = [];
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (flag && (it.f || "").indexOf(flag) < 0) continue;
      if (terms.every(function (t) { return it.k.indexOf(t) >= 0; })) this.hits.push(i);
    }
    this.go(0);
  };
  PagedList.prototype.go = function (page) {
    this.page = Math.min(Math.max(0, page), this.pages() - 1);
    var from = this.page * size;
    var shown = this.hits.slice(from, from + size);
    var items = this.items;
    this.box.innerHTML = shown.length
      ? shown.map(function (i) { return items[i].h; }).join("")
      : '<p class="muted">Nothing matches.</p>';
    var label = "page " + (this.page + 1) + " / " + this.pages() + " · " + this.hits.length +
      (this.hits.length === items.length ? "" : " of " + items.length) + " " + this.name;
    var self = this;
    Array.prototype.forEach.call(this.pagers, function (p) {
      p.querySelector(".where").textContent = label;
      p.querySelector('[data-act="first"]').disabled = p.querySelector('[data-act="prev"]').disabled = self.page === 0;
      p.querySelector('[data-act="last"]').disabled = p.querySelector('[data-act="next"]').disabled = self.page >= self.pages() - 1;
    });
  };
  // Show item ``index`` whatever the current search: clears the search and jumps to its page.
  PagedList.prototype.reveal = function (index) {
    if (this.hits.indexOf(index) < 0) {
      this.query.value = "";
      if (this.filter) this.filter.value = "";
      this.hits = this.items.map(function (_, i) { return i; });
    }
    this.go(Math.floor(this.hits.indexOf(index) / size));
  };

  var lists = { articles: new PagedList("articles", data.articles, true) };
  lists.articles.go(0);

  function showTab(name) {
    document.querySelectorAll(".tabs button").forEach(function (b) {
      b.classList.toggle("active", b.getAttribute("data-tab") === name);
    });
    document.querySelectorAll("section.tab").forEach(function (s) { s.hidden = s.id !== "tab-" + name; });
    if (name === "people" && !lists.people) {  // built on first visit only
      lists.people = new PagedList("people", data.people, false);
      lists.people.go(0);
    }
  }
  document.querySelector(".tabs").addEventListener("click", function (ev) {
    var b = ev.target.closest("button[data-tab]");
    if (b) showTab(b.getAttribute("data-tab"));
  });

  // Links of the people index point at "#a-<index>": articles may be on another page.
  function followHash() {
    var m = /^#a-(\d+)$/.exec(location.hash);
    if (!m) return;
    var index = Number(m[1]);
    if (index >= data.articles.length) return;
    showTab("articles");
    lists.articles.reveal(index);
    var el = document.getElementById("a-" + index);
    if (el) {
      el.scrollIntoView();
      el.classList.add("flash");
      setTimeout(function () { el.classList.remove("flash"); }, 1600);
    }
  }
  window.addEventListener("hashchange", followHash);
  followHash();

  // Legend: a click hides or shows one entity label everywhere.
  document.querySelectorAll(".legend mark[data-label]").forEach(function (m) {
    m.setAttribute("role", "button");
    m.addEventListener("click", function () {
      var label = m.getAttribute("data-label");
      m.classList.toggle("off", document.body.classList.toggle("hide-" + label));
    });
  });

  // A person mark in the text opens the people index at that name.
  document.getElementById("list-articles").addEventListener("click", function (ev) {
    var m = ev.target.closest("mark[data-person]");
    if (!m) return;
    showTab("people");
    var q = document.getElementById("q-people");
    q.value = m.getAttribute("data-person");
    lists.people.apply();
  });
})();
