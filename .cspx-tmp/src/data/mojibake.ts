/**
 * Spans the scrape garbled, with the text they stand for (see SPEC "Sources"). Keys are written with \u escapes
 * because they contain private-use and look-alike characters; they match the raw seed text, before pinyin
 * removal, since some carry an annotation after a Latin letter (`M(jìn)行`).
 */
export const mojibakeRepairs: ReadonlyArray<readonly [garbled: string, intended: string]> = [
  ['咨詢??\u5934\u85dbT準確記錄', '咨詢。客服人員準確記錄'],
  ['確?;\u9852\u79b9\u6a0c\ue396_展', '確保活動順利開展'],
  ['確?;\u9852\u79b9\u6a0c\ue38cM(jìn)行', '確保活動順利進行'],
  ['確??\u86fb\u9b78M意度', '確保客戶滿意度'],
  ['四個等級??\u5df1\u79c1Y(jié)果與員工', '四個等級。考核結果與員工'],
  ['34225?一、', '一、'],
];
