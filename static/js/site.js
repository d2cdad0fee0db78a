/* What pages do with JavaScript: the live opening status, sharing, copying the link, printing.
   Every page works without it. Loaded with defer from a file: the Content-Security-Policy forbids inline scripts. */
(function () {
  "use strict";

  // The longest wait before asking again for the opening status, in seconds.
  var MAX_REFRESH = 12 * 60 * 60;

  function showOpeningStatus() {
    var targets = document.querySelectorAll("[data-opening-status]");
    if (!targets.length || !window.fetch) return;
    fetch(targets[0].getAttribute("data-opening-status"), { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (status) {
        targets.forEach(function (target) {
          target.textContent = status.text + ". ";
          target.classList.toggle("is-open", status.is_open);
          target.hidden = false;
        });
        var wait = status.seconds_until_change;
        if (wait !== null && wait < MAX_REFRESH) setTimeout(showOpeningStatus, (wait + 1) * 1000);
      })
      .catch(function () {
        // The weekly hours stay on the page; a missing live line is no error for the reader.
      });
  }

  function announce(button, message) {
    var status = button.parentNode.querySelector("[data-share-status]");
    if (status) status.textContent = message;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // Plain http has no clipboard API: copy from a selected, invisible text field instead.
    return new Promise(function (resolve, reject) {
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.style.position = "fixed";
      field.style.opacity = "0";
      document.body.appendChild(field);
      field.select();
      var copied = document.execCommand("copy");
      document.body.removeChild(field);
      if (copied) resolve(); else reject(new Error("copy"));
    });
  }

  function enableButtons() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        copyText(button.getAttribute("data-url")).then(
          function () { announce(button, "Đã sao chép liên kết."); },
          function () { announce(button, "Không sao chép được, mời bạn sao chép địa chỉ trên thanh trình duyệt."); }
        );
      });
    });
    // The system share sheet (phones) lists Zalo and the other apps; Zalo has no plain share address.
    if (navigator.share) {
      document.querySelectorAll("[data-share]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
          navigator.share({ title: button.getAttribute("data-title"), url: button.getAttribute("data-url") })
            .catch(function () { /* the reader closed the share sheet */ });
        });
      });
    }
  }

  // A YouTube clip is a poster until pressed: no request to a third party before the reader asks for it.
  function enableVideos() {
    document.querySelectorAll("button[data-youtube]").forEach(function (button) {
      button.addEventListener("click", function () {
        var id = button.getAttribute("data-youtube");
        if (!/^[\w-]{11}$/.test(id)) { return; }
        var frame = document.createElement("iframe");
        frame.src = "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1";
        frame.title = button.getAttribute("data-title");
        frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
        frame.allowFullscreen = true;
        frame.className = "video-frame";
        button.replaceWith(frame);
        frame.focus();
      });
    });
  }

  showOpeningStatus();
  enableButtons();
  enableVideos();
})();
