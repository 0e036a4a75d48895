package com.pointsdesk.escalation;

import static com.pointsdesk.escalation.Labels.orNone;
import static com.pointsdesk.escalation.Labels.time;
import static com.pointsdesk.escalation.Labels.timeOrNotYet;
import static com.pointsdesk.escalation.Labels.yesNo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * Renders a dossier as a PDF a regulator can read: the case, the complaint in the member's words
 * and the merged timeline, headings and labels in Chinese and English, every page numbered.
 */
@Component
class DossierPdf {

  private static final float LABELS = 150f;
  private static final float[] TIMELINE = {100f, PdfPages.WIDTH - 106f};
  private static final float[] GREY_THEN_BLACK = {0.38f, 0f};
  private static final String ZONE = "北京时间 UTC+08:00 (Asia/Shanghai)";

  private final DossierFonts fonts;

  DossierPdf(DossierFonts fonts) {
    this.fonts = fonts;
  }

  byte[] render(Dossier dossier) throws IOException {
    try (PDDocument document = new PDDocument()) {
      describe(document, dossier);
      PdfPages pages = new PdfPages(document, fonts.load(document));
      Dossier.Case c = dossier.header();
      pages.title("积分投诉案件材料 Complaint case dossier", 16f);
      pages.title(c.caseNumber(), 14f);
      pages.row(new float[] {PdfPages.WIDTH}, List.of("供 12315 及市场监督管理部门查阅 · "
          + "For 12315 and the market regulator · PointsDesk"), GREY_THEN_BLACK);
      caseSection(pages, c, dossier);
      complaintSection(pages, c);
      timelineSection(pages, dossier.timeline());
      pages.gap(6f);
      pages.row(new float[] {PdfPages.WIDTH}, List.of("— 材料结束 End of dossier —"),
          GREY_THEN_BLACK);
      pages.finish("案件 Case " + c.caseNumber() + " · 生成于 Generated "
          + time(dossier.generatedAt()) + " " + ZONE);
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    }
  }

  private static void caseSection(PdfPages pages, Dossier.Case c, Dossier dossier)
      throws IOException {
    pages.heading("案件信息 Case");
    pages.field("案件编号 Case number", c.caseNumber(), LABELS);
    pages.field("会员编号 Member ID", c.memberId(), LABELS);
    pages.field("投诉类别 Category", Labels.category(c.category()), LABELS);
    pages.field("状态 Status", Labels.status(c.status()), LABELS);
    pages.field("优先级 Priority", Labels.priority(c.priority()), LABELS);
    pages.field("受理时间 Received at", time(c.receivedAt()), LABELS);
    pages.field("首次响应期限 First response due", time(c.firstResponseDueAt()), LABELS);
    pages.field("解决期限 Resolution due", time(c.resolutionDueAt()), LABELS);
    pages.field("升级期限 Escalation due", time(c.escalationDueAt()), LABELS);
    pages.field("首次响应时间 First responded at", timeOrNotYet(c.firstRespondedAt()),
        LABELS);
    pages.field("结案时间 Closed at", timeOrNotYet(c.closedAt()), LABELS);
    pages.field("订单号 Order ID", orNone(c.orderId()), LABELS);
    pages.field("公开发帖 Public post", yesNo(c.publicPost()), LABELS);
    pages.field("外部投诉 External escalation", yesNo(c.externalEscalation()), LABELS);
    pages.field("生成时间 Generated at", time(dossier.generatedAt()) + " " + ZONE, LABELS);
  }

  private static void complaintSection(PdfPages pages, Dossier.Case c) throws IOException {
    pages.heading("投诉内容 Complaint");
    pages.field("摘要 Summary", c.summary(), LABELS);
    if (c.description() != null && !c.description().isBlank()) {
      pages.field("描述 Description", c.description(), LABELS);
    }
    pages.field("发生时间 Occurred at", c.occurredAt() == null ? orNone(null)
        : time(c.occurredAt()), LABELS);
    pages.field("主张积分 Points claimed", orNone(c.pointsClaimed()), LABELS);
    pages.field("诉求 Demands", c.demands().isEmpty() ? orNone(null)
        : String.join(", ", c.demands()), LABELS);
    if (c.externalRef() != null && !c.externalRef().isBlank()) {
      pages.field("外部编号 External reference", c.externalRef(), LABELS);
    }
  }

  private static void timelineSection(PdfPages pages, List<Dossier.Item> timeline)
      throws IOException {
    pages.heading("时间线 Timeline");
    pages.row(new float[] {PdfPages.WIDTH}, List.of("按时间先后排列，共 %d 条；时间为%s。 "
        .formatted(timeline.size(), ZONE) + "In time order, %d entries.".formatted(
            timeline.size())), GREY_THEN_BLACK);
    for (Dossier.Item item : timeline) {
      TimelineText.Line line = TimelineText.of(item);
      pages.ruledRow(TIMELINE, List.of(time(item.at()) + "\n" + line.kind(), line.text()),
          GREY_THEN_BLACK);
    }
  }

  private static void describe(PDDocument document, Dossier dossier) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(dossier.header().caseNumber() + " 案件材料 Complaint case dossier");
    info.setAuthor("PointsDesk");
    info.setCreator("PointsDesk");
    info.setCreationDate(GregorianCalendar.from(dossier.generatedAt().toZonedDateTime()));
  }
}
