#include "core/common/Text.h"
#include "core/common/UnitGroup.h"
#include "core/records/Unit.h"
#include "support/TestSupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace parindex;

TEST_CASE("A unit group is read from its code or its display name", "[groups]")
{
    CHECK(UnitGroups::parse(u"so"_s) == UnitGroup::So);
    CHECK(UnitGroups::parse(u"XA"_s) == UnitGroup::Xa);
    CHECK(UnitGroups::parse(u" huyen "_s) == UnitGroup::Huyen);
    CHECK(UnitGroups::parse(u"Sở, cơ quan tương đương Sở"_s) == UnitGroup::So);
    CHECK(UnitGroups::parse(u"UBND xã, phường, đặc khu"_s) == UnitGroup::Xa);
    CHECK(UnitGroups::parse(u"ubnd quận, huyện, thị xã"_s) == UnitGroup::Huyen);
    CHECK(UnitGroups::parse(u"UBND xã, phường, đặc khu"_s.normalized(QString::NormalizationForm_D)) == UnitGroup::Xa);
    CHECK(UnitGroups::parse(u"Sở"_s) == UnitGroup::So);
    CHECK(UnitGroups::parse(u"Departments and equivalent agencies"_s) == UnitGroup::So);
    CHECK_FALSE(UnitGroups::parse(u"tinh"_s).has_value());
    CHECK_FALSE(UnitGroups::parse(QString()).has_value());
    for (UnitGroup g : UnitGroups::all())
        CHECK(UnitGroups::parse(UnitGroups::code(g)) == g);
}

TEST_CASE("Codes derived from Vietnamese names are plain and stable", "[groups]")
{
    CHECK(codeFromName(u"Sở Tài chính"_s) == u"SO-TAI-CHINH"_s);
    CHECK(codeFromName(u"Phường Đống Đa"_s) == u"PHUONG-DONG-DA"_s);
    CHECK(codeFromName(u"Sở Tài chính"_s.normalized(QString::NormalizationForm_D)) == u"SO-TAI-CHINH"_s);
    CHECK(codeFromName(u"Phường Văn Miếu - Quốc Tử Giám"_s) == u"PHUONG-VAN-MIEU-QUOC-TU-GIAM"_s);
}

TEST_CASE("Text is stored in NFC and matched regardless of form and case", "[groups]")
{
    const QString nfd = u"Phường Hoàn Kiếm"_s.normalized(QString::NormalizationForm_D);
    CHECK(normalized(nfd) == u"Phường Hoàn Kiếm"_s);
    CHECK(matchKey(nfd) == matchKey(u"PHƯỜNG  HOÀN KIẾM"_s));
    CHECK_FALSE(normalized(QString()).isNull());
    CHECK(compareVietnamese(u"Đống Đa"_s, u"Dịch Vọng"_s) > 0); // Đ sorts after D
    CHECK(compareVietnamese(u"Ô Chợ Dừa"_s, u"Long Biên"_s) > 0);
}
