package org.saphan.meetings.minutes;

import org.saphan.platform.text.reader.ReaderLanguage;

/**
 * The fixed words of the minutes (headings, field names, action states) in the four reader
 * languages. Thai follows the wording of Thai official meeting minutes ("ระเบียบวาระการประชุม",
 * "มติที่ประชุม"). The Burmese and Lao wording was written for this project and should be reviewed by
 * the centres' translators; the English column is the reference meaning of each entry.
 *
 * <p>TITLE is a template: {@code {number}} is the meeting's number in the reader's digits (an
 * ordinal in English), {@code {series}} the meeting series' name in the reader's language.
 */
enum MinutesLabel {
  TITLE("การประชุม{series} ครั้งที่ {number}", "{series} ၏ {number} ကြိမ်မြောက် အစည်းအဝေး",
      "ກອງປະຊຸມ{series} ຄັ້ງທີ {number}", "The {number} meeting of the {series}"),
  DATE("วันที่", "ရက်စွဲ", "ວັນທີ", "Date"),
  VENUE("สถานที่", "နေရာ", "ສະຖານທີ່", "Venue"),
  HOST("เจ้าภาพ", "အိမ်ရှင်", "ເຈົ້າພາບ", "Host"),
  LANGUAGES("ภาษา", "ဘာသာစကားများ", "ພາສາ", "Languages"),
  MEETING_ID("รหัสการประชุม", "အစည်းအဝေး အမှတ်စဉ်", "ລະຫັດກອງປະຊຸມ", "Meeting id"),
  PARTICIPANTS("ผู้เข้าร่วมประชุม", "တက်ရောက်သူများ", "ຜູ້ເຂົ້າຮ່ວມ", "Participants"),
  AGENDA("ระเบียบวาระการประชุม", "အစည်းအဝေး အစီအစဉ်", "ວາລະກອງປະຊຸມ", "Agenda"),
  DECISIONS("มติที่ประชุม", "ဆုံးဖြတ်ချက်များ", "ມະຕິກອງປະຊຸມ", "Decisions"),
  ACTION_ITEMS("งานที่ต้องดำเนินการ", "ဆောင်ရွက်ရန် လုပ်ငန်းများ", "ວຽກທີ່ຕ້ອງປະຕິບັດ", "Action items"),
  AGENDA_ITEM("วาระที่", "အစီအစဉ် အမှတ်", "ວາລະທີ", "Agenda item"),
  OWNER("ผู้รับผิดชอบ", "တာဝန်ခံ", "ຜູ້ຮັບຜິດຊອບ", "Owner"),
  DUE("กำหนดเสร็จ", "ပြီးစီးရမည့်ရက်", "ກຳນົດສຳເລັດ", "Due"),
  STATUS("สถานะ", "အခြေအနေ", "ສະຖານະ", "Status"),
  PROGRESS("ความคืบหน้า", "တိုးတက်မှု", "ຄວາມຄືບໜ້າ", "Progress"),
  LINKS("เรื่องที่เกี่ยวข้อง", "ဆက်စပ်ကိစ္စများ", "ເລື່ອງທີ່ກ່ຽວຂ້ອງ", "Related"),
  ALERT("การแจ้งเตือน", "သတိပေးချက်", "ການແຈ້ງເຕືອນ", "Alert"),
  CASE("กรณี", "အမှုတွဲ", "ກໍລະນີ", "Case"),
  OVERDUE("เกินกำหนด", "သတ်မှတ်ရက် ကျော်လွန်", "ເກີນກຳນົດ", "Overdue"),
  OPEN("รอดำเนินการ", "မစတင်ရသေး", "ລໍຖ້າດຳເນີນການ", "Open"),
  IN_PROGRESS("กำลังดำเนินการ", "ဆောင်ရွက်ဆဲ", "ກຳລັງດຳເນີນການ", "In progress"),
  DONE("เสร็จสิ้น", "ပြီးစီး", "ສຳເລັດ", "Done"),
  DROPPED("ยกเลิก", "ရပ်ဆိုင်း", "ຍົກເລີກ", "Dropped"),
  NONE("ไม่มี", "မရှိ", "ບໍ່ມີ", "None"),
  EXPORTED("ส่งออกเมื่อ", "ထုတ်ယူချိန်", "ສົ່ງອອກເມື່ອ", "Exported"),
  PAGE("หน้า", "စာမျက်နှာ", "ໜ້າ", "Page");

  private final String th;
  private final String my;
  private final String lo;
  private final String en;

  MinutesLabel(String th, String my, String lo, String en) {
    this.th = th;
    this.my = my;
    this.lo = lo;
    this.en = en;
  }

  String in(ReaderLanguage language) {
    return language.pick(th, my, lo, en);
  }

  /** The label of an action item's status (OPEN, IN_PROGRESS, DONE, DROPPED); an unknown one as it is. */
  static String actionStatus(String status, ReaderLanguage language) {
    for (MinutesLabel label : new MinutesLabel[] {OPEN, IN_PROGRESS, DONE, DROPPED}) {
      if (label.name().equals(status)) {
        return label.in(language);
      }
    }
    return status;
  }
}
