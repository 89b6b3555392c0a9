package io.evolp.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import java.util.function.Consumer;

/**
 * Plain-language help for menu items. A {@link MenuItem} is not a node and has no tooltip of its own;
 * a tooltip popup over an open menu also sat under the pointer on its way to the next item (a robot's
 * clicks landed on it). So, as desktop applications have long done, the item's text is shown in the
 * status bar while the pointer is on the item: kept in the item's properties, and wired to the item's
 * node ({@link MenuItem#getStyleableNode()}, which exists once its menu has been shown) when the menu opens.
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

    /** Shows the items' help in {@code status} while hovered, whenever {@code menu} (or a submenu) has opened. */
    static void install(Menu menu, Consumer<String> status) {
        menu.addEventHandler(Menu.ON_SHOWN, e -> {
            for (MenuItem i : menu.getItems()) {
                Node n = i.getStyleableNode();
                if (n != null && !n.getProperties().containsKey(KEY)) {
                    n.getProperties().put(KEY, Boolean.TRUE); // once per node (Recent and Export rebuild theirs)
                    n.hoverProperty().addListener((o, was, now) -> {
                        String text = of(i);
                        if (now && text != null) status.accept(text);
                    });
                }
                if (i instanceof Menu sub && !sub.getProperties().containsKey(KEY + ".installed")) {
                    sub.getProperties().put(KEY + ".installed", true);
                    install(sub, status);
                }
            }
        });
    }
}
