/**
 * @module privacy/pii/round31.test — the thirty-first round's rules: a listed brand read whole as a field
 * value, a listed phrase closed by the span, brands glued by "!", one-word brands spelled as a role
 * mailbox's domain, log components after an ISO stamp, device and product words after a name, bills of
 * materials, CJK names in person columns, Korean and Chinese self-introductions, Japanese transfer
 * labels, a Latin name between "者は" and "です", names before their birth date, lower-case names in a
 * log's user key or before "here", Korean and Japanese postcodes glued to a particle, Australian and UK
 * tax numbers as no phones, and versions after "rolled", "fetching" and before "update".
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('names: organisations, products and logs', () => {
  it('reads a listed brand as no person when a field or column holds it whole, or when the span closes it', () => {
    expect(found('Payee: Goldman Sachs', 'PERSON')).toEqual([]);
    expect(found('Payee: Maria Lopez', 'PERSON')).toEqual(['Maria Lopez']);
    expect(found('2024-11-16,Raymond James,dining,C$1,574.23,Parisa', 'PERSON')).not.toContain('James');
    expect(found('Bonjour, est-ce que les dons à la Fondation Abbé Pierre ouvrent droit à une réduction ?', 'PERSON')).toEqual([]);
  });

  it('reads brands glued by "!", one-word senders of a role mailbox and log components as no person', () => {
    expect(found('Die Box hängt an der Fritz!Box und hat die IP 10.201.105.170.', 'PERSON')).toEqual([]);
    expect(found('From: Lumavolt <privacy@lumavolt.io>\nTo: Ilse de Vries <d@example.nl>', 'PERSON')).toEqual(['Ilse de Vries']);
    const log = '[2021-03-16T21:23:24Z] ota: fetching from cdn\n[2021-03-16T21:43:59Z] net: lease renewed\n[2021-03-16T21:44:56Z] ota: rebooting in 5 s';
    expect(found(log, 'PERSON')).toEqual([]);
  });

  it('reads devices, vehicles, acronyms and bills of materials as no person', () => {
    expect(found('- Atlas Gateway: OTA channel split done', 'PERSON')).toEqual([]);
    expect(found('Vehicle: Renault Zoe\nPlan: Flex', 'PERSON')).toEqual([]);
    expect(found('Base unit firmware 1.4.38.2, SIM ICCID 8944942373063879764', 'PERSON')).toEqual([]);
    expect(found('- Bill of materials for the gateway frozen', 'PERSON')).toEqual([]);
  });
});

describe('names: people', () => {
  it('reads CJK names in person columns and keys, not other values', () => {
    expect(found('trip_id,vehicle,vin,driver,start\n176592,Model Y pool,WVWZZZ68Z1W254935,강도윤,2023-06-27T08:47:17Z', 'PERSON')).toEqual(['강도윤']);
    expect(found('{"account":{"owner":"田中 翔","email":"sho@example.com","plan":"基本"}}', 'PERSON')).toEqual(['田中 翔']);
  });

  it('reads Korean, Chinese and Japanese introductions and labels', () => {
    expect(found('User: 연말정산 질문이요. 저는 최하은이고 생년월일은 1960.08.23입니다.', 'PERSON')).toEqual(['최하은']);
    expect(found('子女教育专项附加扣除怎么填？孩子叫刘洋。', 'PERSON')).toEqual(['刘洋']);
    expect(found('振込先: 鈴木 恵子\n金額: 68,980円', 'PERSON')).toEqual(['鈴木 恵子']);
    expect(found('ユーザー: カメラがオフラインです。契約者はEmi Yoshidaです。\nアシスタント: ありがとうございます、Yoshidaさま。', 'PERSON')).toEqual(['Emi Yoshida', 'Yoshida']);
    expect(found('このアプリはWindowsです。', 'PERSON')).toEqual([]);
  });

  it('reads a name before its birth date, lower-case names in a log user key and before "here"', () => {
    expect(found('Two kids: Yannick (DOB July 21, 2008) and Fortunato, born 6/6/2022.', 'PERSON')).toEqual(['Yannick', 'Fortunato']);
    expect(found('http 2024-03-09T08:05:28Z login user=lakshmi gupta from 212.106.248.208 ok', 'PERSON')).toEqual(['lakshmi gupta']);
    expect(found('login user=admin from 10.0.0.1', 'PERSON')).toEqual([]);
    expect(found('can someone look at this? gustaf johansson here, the cams keep buffering', 'PERSON')).toEqual(['gustaf johansson']);
  });
});

describe('structured types', () => {
  it('reads a Korean postcode glued to a particle', () => {
    expect(found('설치 주소는 178 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do 13190입니다. 연락처', 'ADDRESS')).toEqual([
      '178 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do 13190',
    ]);
  });

  it('reads TFN and UTR numbers as no phones, and versions after "rolled" and "fetching" as no addresses', () => {
    expect(found('1. Your TFN declaration (TFN 415 393 254 — do not email it)', 'PHONE')).toEqual([]);
    expect(found('Name Niamh Byrne, UTR 94165 63789, NI number', 'PHONE')).toEqual([]);
    expect(found('19:54 Faith blocked the /24 and rolled 1.3.35.7 back', 'IP')).toEqual([]);
    expect(found('the hub dropped since the 1.2.21.8 update. Their public IP 141.168.255.148 shows up', 'IP')).toEqual(['141.168.255.148']);
    expect(found('server 10.1.2.3 back online', 'IP')).toEqual(['10.1.2.3']);
  });
});
