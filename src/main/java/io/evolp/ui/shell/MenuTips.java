package io.evolp.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Tooltips for menu items. A {@link MenuItem} is not a node and has no tooltip of its own; its node
 * ({@link MenuItem#getStyleableNode()}) exists once its menu has been shown, so the text is kept in
 * the item's properties and installed on that node when the menu opens (again on every opening: the
 * items of "Open recent" and "Export" are rebuilt each time).
 */
final class MenuTips {

    static final String KEY = "evolp.tip";

    private MenuTips() {
    }

    /** Remembers {@code text} as {@code item}'s tooltip; returns the item. */
    static <T extends MenuItem> T tip(T item, String text) {
        item.getProperties().put(KEY, text);
        return item;
    }

    /** The tooltip text given to {@code item}, or null. */
    static String of(MenuItem item) {
        return (String) item.getProperties().get(KEY);
    }

    /** Installs the items' tooltips whenever {@code menu} (or a submenu) has opened. */
    static void install(Menu menu) {
        menu.addEventHandler(Menu.ON_SHOWN, e -> {
            for (MenuItem i : menu.getItems()) {
                String text = of(i);
                Node n = i.getStyleableNode();
                if (text != null && n != null && !(n.getProperties().get(KEY) instanceof Tooltip)) {
                    Tooltip t = new Tooltip(text);
                    // Late and gone at once: a tip must never sit under the pointer on its way to the next item.
                    t.setShowDelay(Duration.millis(1000));
                    t.setHideDelay(Duration.ZERO);
                    t.setWrapText(true);
                    t.setMaxWidth(420);
                    Tooltip.install(n, t);
                    n.getProperties().put(KEY, t);
                }
                if (i instanceof Menu sub && !sub.getProperties().containsKey(KEY + ".installed")) {
                    sub.getProperties().put(KEY + ".installed", true);
                    install(sub);
                }
            }
        });
    }
}
