"""The screenshots' scenes: each shows one thing a chair does, and returns what to grab."""

from __future__ import annotations

from ocgboard.gui.pages import dashboard


def dashboard_page(window, app):
    window.show_page(window.pages.index(window.page(dashboard.DashboardPage)))
    page = window.page(dashboard.DashboardPage)
    from screenshots import settle

    for _ in range(50):
        settle(app, 0.1)
        if not page.loading:
            break
    return window


SCENES = [dashboard_page]
