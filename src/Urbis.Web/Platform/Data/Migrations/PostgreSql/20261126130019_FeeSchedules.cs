using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Urbis.Web.Platform.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FeeSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeeSchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    JoinerRule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PopulationReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Categories = table.Column<string>(type: "jsonb", nullable: true),
                    CountryGroups = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeSchedules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeeSchedules_Year",
                table: "FeeSchedules",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeeSchedules");
        }
    }
}
