// The admin's calendar pop-up, with a month list and a year box: reaching January 2021 from today took
// about 71 clicks on "<". Month names come from Django's own Vietnamese catalogue (CalendarNamespace).
'use strict';
(function() {
    function addJumpTo(box, calendar) {
        const row = document.createElement('div');
        row.className = 'calendar-jump';
        const month = document.createElement('select');
        month.setAttribute('aria-label', 'Tháng');
        window.CalendarNamespace.monthsOfYear.forEach(function(name, index) {
            month.add(new Option(name, String(index + 1)));
        });
        const year = document.createElement('input');
        year.type = 'number';
        year.min = '1900';
        year.max = '2100';
        year.setAttribute('aria-label', 'Năm');
        row.append(month, year);
        box.insertBefore(row, box.querySelector('.calendar'));

        function show() {
            const y = parseInt(year.value, 10);
            const m = parseInt(month.value, 10);
            // The year box's change event also fires when a day is clicked: redrawing the same month then
            // would replace the day under the pointer and lose the click.
            if (y >= 1900 && y <= 2100 && (y !== calendar.currentYear || m !== calendar.currentMonth)) {
                calendar.drawDate(m, y);
            }
        }
        month.addEventListener('change', show);
        year.addEventListener('change', show);
        year.addEventListener('keydown', function(event) {
            // Enter in the year box must not submit the article form.
            if (event.key === 'Enter') {
                event.preventDefault();
                show();
            }
        });
        const draw = calendar.drawCurrent;
        calendar.drawCurrent = function() {
            draw.call(calendar);
            month.value = String(calendar.currentMonth);
            year.value = String(calendar.currentYear);
        };
        calendar.drawCurrent();
    }

    window.addEventListener('load', function() {
        // After DateTimeShortcuts, which builds its boxes on the same event.
        setTimeout(function() {
            if (!window.DateTimeShortcuts) {
                return;
            }
            window.DateTimeShortcuts.calendars.forEach(function(calendar, num) {
                const box = document.getElementById(window.DateTimeShortcuts.calendarDivName1 + num);
                if (box && !box.querySelector('.calendar-jump')) {
                    addJumpTo(box, calendar);
                }
            });
        }, 0);
    });
})();
