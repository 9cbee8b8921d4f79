import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../../src/lib/import/index.ts';
import { findMojibake, repairMojibake } from '../../../src/lib/import/mojibake.ts';
import { countPinyin, removePinyin } from '../../../src/lib/import/pinyin.ts';
import { comparable, normalizePunctuation } from '../../../src/lib/import/punctuation.ts';
import { findWrapperText, stripWrapper } from '../../../src/lib/import/wrapper.ts';
import { seedFiles, seedsRoot } from '../../support/chapters.ts';
import { mojibakeRepairs } from '../../../src/data/mojibake.ts';

const seed = (file: string) => readFileSync(join(seedsRoot, file), 'utf8');

describe('removePinyin', () => {
  it('drops annotations after characters, as in 000', () => {
    expect(removePinyin('本制度旨在規(guī)范公司運營模式流程')).toBe('本制度旨在規范公司運營模式流程');
    expect(removePinyin('公司戰(zhàn)略目標')).toBe('公司戰略目標');
  });

  it('keeps numbering and real parentheses', () => {
    const text = '(一)目的 (針對實物產品) 績效指標(KPI) 調研方法(如問卷調查、訪談)';
    expect(removePinyin(text)).toBe(text);
  });

  it('leaves none in any seed once cleaned', () => {
    for (const file of seedFiles()) expect(countPinyin(cleanSource(seed(file), mojibakeRepairs))).toBe(0);
  });
});

describe('stripWrapper', () => {
  it('keeps only the body between 文檔簡介 and 溫馨提示, without the PAGE prefix', () => {
    const raw = '制度_第1頁\n已閱讀5頁,還剩4頁未讀\n下載本文檔\n版權說明:本文檔由用戶提供\n文檔簡介\nPAGE運營模式流程制度一、總則\n溫馨提示\n- 1. 本站所有資源\n最新文檔\n- 無關文件\n評論\n0/150\n提交評論';
    expect(stripWrapper(raw)).toBe('運營模式流程制度一、總則');
  });

  it('leaves no wrapper phrase in any seed', () => {
    for (const file of seedFiles()) expect(findWrapperText(cleanSource(seed(file), mojibakeRepairs))).toEqual([]);
  });
});

describe('repairMojibake', () => {
  it('replaces every occurrence of each span of the table it is given', () => {
    expect(repairMojibake('甲?\ue396乙?\ue396', [['?\ue396', '丙']])).toBe('甲丙乙丙');
  });

  it('restores the garbled span of 000', () => {
    const body = cleanSource(seed('000_4d503a2c4e1c1829.txt'), mojibakeRepairs);
    expect(body).toContain('受理客戶諮詢。客服人員準確記錄'); // the spec's 咨詢, in standard form
  });

  it('restores the spans of 002 and drops the stray 34225?', () => {
    const body = cleanSource(seed('002_396ba0599494ea0e.txt'), mojibakeRepairs);
    expect(body).toContain('確保活動順利開展');
    expect(body).toContain('確保活動順利進行');
    expect(body.split('確保客戶滿意度').length - 1).toBe(2);
    expect(body).toContain('合格四個等級。考核結果與員工');
    expect(body).not.toContain('34225');
  });

  it('finds no damaged text left in any seed once cleaned', () => {
    for (const file of seedFiles()) expect(findMojibake(cleanSource(seed(file), mojibakeRepairs))).toEqual([]);
  });

  it('detects a garbled span it does not know', () => {
    expect(findMojibake('確?;\ue396_展,跟蹤')).not.toEqual([]);
    expect(repairMojibake('無需修復的文字', mojibakeRepairs)).toBe('無需修復的文字');
  });
});

describe('normalizePunctuation', () => {
  it('restores full-width punctuation in Chinese text but leaves numbers alone', () => {
    expect(normalizePunctuation('提高運營效率,確保公司合法合規:嚴格遵守;(針對實物產品)')).toBe(
      '提高運營效率，確保公司合法合規：嚴格遵守；（針對實物產品）',
    );
    expect(normalizePunctuation('系數為1.5,優先')).toBe('系數為1.5，優先');
    expect(normalizePunctuation('10:30')).toBe('10:30');
  });

  it('is undone by comparable, so coverage can compare source and chapter', () => {
    const source = '遲到或早退在15分鐘以內的,每月累計3次以內不做處罰';
    expect(comparable(normalizePunctuation(source))).toBe(comparable(source));
  });
});
