package dev.roster.adapters.http.routes.archfixture;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Breaks the rule on purpose: a route reading workbooks itself instead of through the spreadsheet port. */
public class RouteReadingPoi {

    public Object open() {
        return new XSSFWorkbook();
    }
}
