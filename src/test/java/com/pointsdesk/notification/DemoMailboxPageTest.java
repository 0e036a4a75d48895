package com.pointsdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** /demo/mailbox: a page for a person in a browser, the same JSON as before for a program. */
class DemoMailboxPageTest {

  private static final DemoMailbox.Mail ACK = new DemoMailbox.Mail(2, "u10002@members.example",
      "【积分投诉】已受理 [PD-2026-000001]", "PD-2026-000001", "王先生您好：\n案件编号 PD-2026-000001");
  private static final DemoMailbox.Mail HOSTILE = new DemoMailbox.Mail(1,
      "care@pointsdesk.example", "<script>alert('x')</script>", null,
      "a & b <img src=x onerror=alert(1)>");

  private final DemoMailbox mailbox = mock(DemoMailbox.class);
  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DemoMailboxController(mailbox))
      .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8),
          new MappingJackson2HttpMessageConverter())
      .build();

  @Test
  void aBrowserGetsAPageWithToSubjectCaseAndBodyNewestFirst() throws Exception {
    // Given
    when(mailbox.received()).thenReturn(List.of(ACK, HOSTILE));

    // When a browser asks
    String page = mvc.perform(get("/demo/mailbox").accept(MediaType.TEXT_HTML,
            MediaType.APPLICATION_XML, MediaType.ALL))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    // Then
    assertThat(page).contains("<meta charset=\"utf-8\">")
        .contains("【积分投诉】已受理 [PD-2026-000001]").contains("u10002@members.example")
        .contains("<a href=\"?caseNumber=PD-2026-000001\">PD-2026-000001</a>")
        .contains("王先生您好");
    assertThat(page.indexOf("PD-2026-000001")).isLessThan(page.indexOf("care@pointsdesk.example"));
  }

  @Test
  void whatAMailSaysIsEscapedNeverMarkup() throws Exception {
    // Given
    when(mailbox.received()).thenReturn(List.of(HOSTILE));

    // When
    String page = MailboxPage.render(mailbox.received(), null);

    // Then
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img")
        .contains("&lt;script&gt;").contains("a &amp; b &lt;img");
  }

  @Test
  void curlWhichAcceptsAnythingGetsJson() throws Exception {
    // Given
    when(mailbox.received()).thenReturn(List.of(ACK));

    // Then
    mvc.perform(get("/demo/mailbox").accept(MediaType.ALL))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
  }

  @Test
  void aProgramStillGetsTheJsonList() throws Exception {
    // Given
    when(mailbox.received()).thenReturn(List.of(ACK, HOSTILE));

    // Then
    mvc.perform(get("/demo/mailbox").accept(MediaType.APPLICATION_JSON)
            .param("caseNumber", "PD-2026-000001"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].subject").value("【积分投诉】已受理 [PD-2026-000001]"))
        .andExpect(jsonPath("$[0].caseNumber").value("PD-2026-000001"))
        .andExpect(jsonPath("$[0].to").value("u10002@members.example"));
  }
}
