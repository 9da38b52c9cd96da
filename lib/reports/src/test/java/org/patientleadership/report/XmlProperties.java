package org.patientleadership.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.patientleadership.internal.UserText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The markup writer escapes any text: what an XML parser reads back is the text, never markup. */
class XmlProperties {

    @Property(tries = 500)
    void anyText_readsBackAsText_inContentAndAttributes(@ForAll String text) {
        String xml = new Xml(false).open("root").element("t", text, "a", text).close().toString();
        Document doc = Dom.parse(xml);
        Element t = Dom.elements(doc, "t").get(0);
        assertThat(t.getTextContent()).isEqualTo(Dom.sanitised(UserText.withoutUnpairedControls(text)));
        assertThat(t.getAttribute("a")).isEqualTo(Dom.sanitised(UserText.isolate(text)));
        assertThat(Dom.elements(doc, "*")).hasSize(UserText.needsIsolation(text) ? 3 : 2);
        assertThat(Dom.elements(doc, "bdi")).hasSize(UserText.needsIsolation(text) ? 1 : 0);
    }

    @Example
    void scriptTag_isText() {
        String xml = new Xml(false).open("p").text("<script>alert('x')</script>").close().toString();
        assertThat(xml).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
        assertThat(Dom.elements(Dom.parse(xml), "script")).isEmpty();
    }

    @Example
    void nullAttribute_isLeftOut_andUnclosedElements_areRefused() {
        assertThat(new Xml(false).empty("e", "a", null, "b", "1").toString()).isEqualTo("<e b=\"1\"/>");
        assertThatThrownBy(() -> new Xml(false).open("e").toString()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still open");
        assertThatThrownBy(() -> new Xml(false).close()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Xml(false).empty("e", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
    }

    @Example
    void numbers_haveAtMostTwoDecimals_inTheRootLocale() {
        assertThat(Xml.num(12)).isEqualTo("12");
        assertThat(Xml.num(12.5)).isEqualTo("12.5");
        assertThat(Xml.num(1.0 / 3)).isEqualTo("0.33");
        assertThat(Xml.num(-0.001)).isEqualTo("0");
    }
}
