package com.pointsdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.channel.email.EmailIntake;
import com.pointsdesk.support.ComplaintBodies;
import com.pointsdesk.support.Race;
import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.support.SocialGateway;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed step 4 tells members to complain on several channels at the same time. Mr. Wang does:
 * in the app, by mail to the complaints mailbox and in a Weibo direct message, all in the same
 * second. PointsDesk makes one case of it, with three channels and one process, whichever
 * arrives first (each request on its own thread, released together).
 */
class ChannelsAtOnceTest extends ScenarioTest {

  private static final String CARE = "care@pointsdesk.example";

  @Autowired private EmailIntake mailbox;

  @RepeatedTest(3)
  void oneComplaintInTheAppByMailAndOnWeiboAtOnceIsOneCaseWithThreeChannels() throws Exception {
    // Given Mr. Wang's story for a fresh member: 2 000 points gone on 2026-11-18, no order behind
    // it, and his Weibo account known to the gateway
    String wang = members.newMemberWithSeedId();
    members.unexplainedDebit(wang, 2000, OffsetDateTime.parse("2026-11-18T09:30:00+08:00"));
    String weiboAccount = "wb-" + wang;
    SocialGateway.link(jdbc, "WEIBO", weiboAccount, wang);
    Map<String, Object> inApp = ComplaintBodies.unexplainedDeduction(wang, 2000);
    inApp.put("channel", "IN_APP");
    MimeMessage mail = mail(wang, "【积分投诉】积分无故减少2000点 " + wang,
        "11月18日积分无故减少2000点，没有任何兑换。");
    Map<String, Object> directMessage = SocialGateway.message(SocialGateway.newMessageId(),
        "DIRECT_MESSAGE", weiboAccount, "你好，我的积分无故减少了2000点，请帮忙查一下");

    // When all three arrive at the same moment
    List<Callable<String>> channels = List.of(
        () -> (String) post("intake", "/api/v1/complaints", inApp).getBody().get("caseNumber"),
        () -> mailbox.takeIn(mail).caseNumber(),
        () -> (String) SocialGateway.deliver(http, "weibo", directMessage).getBody()
            .get("caseNumber"));
    List<String> cases = Race.allAtOnce(channels, PATIENCE);

    // Then they are one case, with all three channels, and one ComplaintHandling process
    assertThat(cases).doesNotContainNull().containsOnly(cases.get(0));
    String caseNumber = cases.get(0);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pd_complaint WHERE member_id = ?").param(wang)
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(caseView(caseNumber).get("channels")).asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder("IN_APP", "EMAIL", "WEIBO");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(
        "ComplaintHandling").processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
  }

  private static MimeMessage mail(String member, String subject, String text)
      throws MessagingException {
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress(member.toLowerCase() + "@members.example"));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(CARE));
    mail.setSubject(subject, "UTF-8");
    mail.setText(text, "UTF-8");
    mail.saveChanges();
    return mail;
  }
}
